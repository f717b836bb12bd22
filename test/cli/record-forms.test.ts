import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { fillForm } from '../helpers/prep-form-fill.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');

let dir: string;
let plan: string;

function copy(name: string): string {
  const file = join(dir, name);
  copyFileSync(plan, file);
  return file;
}

beforeAll(() => {
  dir = tempDir();
  plan = join(dir, 'w48.xlsx');
  const r = talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', plan]);
  expect(r.code).toBe(0);
});

describe('talks record reads the prep forms', () => {
  it('stores a talk typed only into its prep form: three issues, the plan, the note for the lead', async () => {
    const file = copy('form-only.xlsx');
    await fillForm(file, 'A012', {
      held: 'Yes', heldOn: dayToUtcDate('2026-11-25'),
      'issue1.category': 'Skill', 'issue1.text': 'New billing screens',
      'issue2.category': 'Shift/schedule', 'issue2.text': 'Late shifts after school run',
      'issue3.text': 'Headset crackles',
      'plan.goal': 'Back to the usual FCR', 'plan.metric': 'FCR', 'plan.target': '80%',
      'plan.actions': 'Two call reviews a week with the lead', 'plan.review': dayToUtcDate('2026-12-16'), 'plan.support': 'Billing refresher',
      leadNote: 'Please pair him with Mia for call reviews', nextStep: 'Check FCR on 12-16', notes: 'Private: sleeping badly',
    });
    const db = join(dir, 'form-only.db');
    const r = talks(['record', file, '--history', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Recorded 1 talk: 1 added, 0 updated, 0 unchanged; 9 rows not filled in yet/);
    const doc = JSON.parse(talks(['history', 'A012', '--history', db, '--format', 'json']).stdout);
    expect(doc.talks).toEqual([
      {
        agentId: 'A012', name: 'Ryan Fletcher', team: 'Team North', lead: 'Grace Lin', date: '2026-11-26', heldOn: '2026-11-25', rule: 'swing-down', held: true,
        category: 'skill', issue: 'New billing screens',
        issues: [
          { category: 'skill', text: 'New billing screens' },
          { category: 'shift', text: 'Late shifts after school run' },
          { category: null, text: 'Headset crackles' },
        ],
        notes: 'Private: sleeping badly',
        plan: { goal: 'Back to the usual FCR', metric: 'fcr', target: '80%', actions: 'Two call reviews a week with the lead', review: '2026-12-16', support: 'Billing refresher' },
        leadNote: 'Please pair him with Mia for call reviews', nextStep: 'Check FCR on 12-16',
      },
    ]);
    expect(talks(['record', file, '--history', db]).stderr).toMatch(/0 added, 0 updated, 1 unchanged/);
  });

  it('takes a value typed in both places when they agree, and refuses the workbook naming both cells when they differ', async () => {
    const same = copy('same.xlsx');
    await fillForm(same, 'A012', { held: 'Yes', 'issue1.category': 'Skill' }, { Held: 'Yes', 'Issue category': 'Skill' });
    expect(talks(['record', same, '--history', join(dir, 'same.db')]).code).toBe(0);

    const differ = copy('differ.xlsx');
    const sheet = await fillForm(differ, 'A012', { held: 'No', 'issue1.text': 'Billing' }, { Held: 'Yes', Issue: 'Headset' });
    const db = join(dir, 'differ.db');
    const r = talks(['record', differ, '--history', db]);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(new RegExp(`sheet "Schedule", row \\d+, column M \\(Held\\): "Yes" here, but sheet "${sheet}", cell B\\d+ \\(Held\\) says "No"`));
    expect(r.stderr).toMatch(/column P \(Issue\): "Headset" here, but sheet "A012 Ryan Fletcher", cell D\d+ \(Issue 1\) says "Billing"/);
    expect(r.stderr).toContain('nothing was recorded');
    expect(existsSync(db)).toBe(false);
  });

  it('says so when a plan or a note is typed but Held is empty, and records nothing of that talk', async () => {
    const file = copy('unheld.xlsx');
    await fillForm(file, 'A012', { 'plan.goal': 'Better FCR', leadNote: 'Tell Grace' });
    const db = join(dir, 'unheld.db');
    const r = talks(['record', file, '--history', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Recorded 0 talks');
    expect(r.stderr).toMatch(/A012 Ryan Fletcher \(2026-11-26\): something is typed \(sheet "A012 Ryan Fletcher", cell B\d+ \(Goal\); sheet "A012 Ryan Fletcher", cell B\d+ \(Note to lead\)\) but Held is empty/);
    expect(JSON.parse(talks(['history', '--history', db, '--format', 'json']).stdout).talks).toEqual([]);
  });

  it('refuses a bad date in a form cell, naming the sheet and the cell', async () => {
    const file = copy('bad.xlsx');
    await fillForm(file, 'A012', { held: 'Yes', 'plan.review': 'in three weeks' });
    const r = talks(['record', file, '--history', join(dir, 'bad.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sheet "A012 Ryan Fletcher", cell I\d+ \(Review on\): "in three weeks" is not a date/);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
