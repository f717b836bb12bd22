import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');

interface PlanJson {
  talks: { agentId: string; rule: string; date: string; start: string }[];
  backlog: { agentId: string }[];
}

/** Fills the outcome columns as a manager would: every talk held but the last. */
async function fillOutcomes(plan: string, filled: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plan);
  const ws = wb.getWorksheet('Schedule')!;
  const notHeld: string[] = [];
  const categories = ['Skill', 'Skill', 'Skill', 'Shift/schedule'];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const id = row.getCell(1).value;
    if (typeof id !== 'string' || id === '') continue;
    const last = r === ws.rowCount || ws.getRow(r + 1).getCell(1).value === null;
    if (last) {
      row.getCell(13).value = 'No';
      notHeld.push(id);
      continue;
    }
    row.getCell(13).value = 'Yes';
    row.getCell(14).value = row.getCell(5).value;
    if (categories[r - 2]) {
      row.getCell(15).value = categories[r - 2];
      row.getCell(16).value = `Issue raised by ${id}`;
    }
  }
  await wb.xlsx.writeFile(filled);
  return notHeld;
}

describe('plan → hold the talks → record → next week', () => {
  let dir: string;
  let week1: PlanJson;
  let notHeld: string[];
  let db: string;

  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, 'talks.db');
    const plan = join(dir, 'w48.xlsx');
    const r = talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', plan, '--history', db, '--format', 'json', '--ics', join(dir, 'w48.ics'), '--tz', 'Europe/London']);
    expect(r.code, r.stderr).toBe(0);
    week1 = JSON.parse(r.stdout) as PlanJson;
    notHeld = await fillOutcomes(plan, join(dir, 'w48-filled.xlsx'));
    const rec = talks(['record', join(dir, 'w48-filled.xlsx'), '--history', db]);
    expect(rec.code, rec.stderr).toBe(0);
  });

  it('writes one calendar event per talk with stable ids', () => {
    const ics = readFileSync(join(dir, 'w48.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(week1.talks.length);
    expect(ics).toContain('UID:2026-W48-A009@talks');
    // Europe/London is UTC in November: a 10:00 talk starts at 10:00Z.
    const first = week1.talks[0];
    expect(ics).toContain(`DTSTART:${first.date.replace(/-/g, '')}T${first.start.replace(':', '')}00Z`);
  });

  it('routes the issues and finds the common one', () => {
    const r = talks(['issues', '--history', db, '--today', '2026-11-30', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { issues: { category: string; owner: string }[]; common: { category: string; count: number }[] };
    expect(doc.common).toEqual([expect.objectContaining({ category: 'skill', owner: 'QA & training', count: 3 })]);
    expect(doc.issues.find((i) => i.category === 'shift')?.owner).toBe('Workforce management');
  });

  it('lists issues and history in Chinese with --lang zh-CN', () => {
    const issues = talks(['issues', '--history', db, '--today', '2026-11-30', '--lang', 'zh-CN']);
    expect(issues.code, issues.stderr).toBe(0);
    expect(issues.stdout).toContain('共性问题');
    expect(issues.stdout).toContain('质检与培训');
    expect(issues.stdout).toContain('排班管理');
    const history = talks(['history', 'A009', '--history', db, '--lang', 'zh-CN']);
    expect(history.stdout).toContain('组长反馈');
    expect(history.stdout).toContain('是否已面谈');
  });

  it("next Monday's plan no longer lists the agents just seen, but keeps the talk not held", () => {
    const r = talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-30', '-o', join(dir, 'w49.xlsx'), '--history', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const week2 = JSON.parse(r.stdout) as PlanJson;
    const seen = week1.talks.map((t) => t.agentId).filter((id) => !notHeld.includes(id));
    const planned = [...week2.talks, ...week2.backlog].map((t) => t.agentId);
    for (const id of seen) expect(planned, id).not.toContain(id);
    for (const id of notHeld) expect(planned).toContain(id);
  });

  it('the same plan without the archive still lists them (the archive is what changed it)', () => {
    const r = talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-30', '-o', join(dir, 'w49b.xlsx'), '--history', join(dir, 'none.db'), '--format', 'json']);
    const planned = (JSON.parse(r.stdout) as PlanJson).talks.map((t) => t.agentId);
    expect(planned).toContain('A039');
  });
});

describe('--sheet on a workbook holding roster and KPI sheets', () => {
  it('picks the roster sheet and still uses the KPI sheet', async () => {
    const dir = tempDir();
    const file = join(dir, 'all.xlsx');
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Notes');
    notes.addRow(['Agent ID', 'Hire Date']);
    notes.addRow(['X1', new Date(Date.UTC(2020, 0, 6))]);
    const roster = wb.addWorksheet('Roster');
    roster.addRow(['Agent ID', 'Hire Date']);
    roster.addRow(['R1', new Date(Date.UTC(2020, 0, 6))]);
    roster.addRow(['R2', new Date(Date.UTC(2020, 0, 6))]);
    const kpi = wb.addWorksheet('KPI');
    kpi.addRow(['Agent ID', 'Week', 'CSAT']);
    for (const w of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      kpi.addRow(['R1', new Date(`${w}T00:00:00Z`), 0.9]);
      kpi.addRow(['R2', new Date(`${w}T00:00:00Z`), 0.8]);
    }
    await wb.xlsx.writeFile(file);
    const r = talks(['rank', file, '--sheet', 'Roster', '--today', '2026-11-24', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { agents: { agentId: string; rank: number | null }[] };
    expect(doc.agents.map((a) => [a.agentId, a.rank])).toEqual([['R1', 1], ['R2', 2]]);
    const missing = talks(['rank', file, '--sheet', 'Staff']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('"Notes", "Roster", "KPI"');
  });
});
