import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs, missingColumnNotes } from '../../../src/io/load/index.js';
import { tempDir } from '../../helpers/cli.js';
import { talksError } from './helpers.js';

const write = (dir: string, name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

/** A roster with IDs P01–P04 and the first names an ACD logs instead. */
const ROSTER = 'Agent ID,Name,Team,Hire Date\nP01,Jim,A,2019-01-07\nP02,Martha,A,2019-01-07\nP03,Diane,B,2019-01-07\nP04,Dan,B,2019-01-07\n';
/** A per-call log whose Agent column holds first names, as the PwC export does. */
const CALLS =
  'Call Id,Agent,Date,Answered (Y/N),AvgTalkDuration\n' +
  ['Jim', 'Martha', 'Diane', 'Dan', 'Greg']
    .flatMap((a, i) => [1, 2, 3].map((k) => `C${i}${k},${a},2026-11-1${k + 5},Y,${100 + 10 * k}`))
    .join('\n') +
  '\n';

describe('KPI rows and roster agents that do not meet', () => {
  it('KPI IDs that are the roster names are matched by name, and said so; the rest are counted and named', async () => {
    const dir = tempDir();
    const inputs = await loadInputs(write(dir, 'roster.csv', ROSTER), [write(dir, 'calls.csv', CALLS)]);
    expect(inputs.kpi.over('P01', inputs.kpi.periods())).toMatchObject({ calls: 3, aht: 120 });
    expect(inputs.kpi.hasAgent('Jim')).toBe(false);
    const codes = inputs.warnings.map((w) => w.code);
    expect(codes).toEqual(['kpi-matched-by-name', 'kpi-unmatched']);
    expect(inputs.warnings[0].message).toBe('The KPI data\'s agent IDs ("Jim", "Martha", "Diane", "Dan") are the roster\'s names, not its IDs, so 4 agents were matched by name.');
    expect(inputs.warnings[1].message).toMatch(/^3 KPI rows of 1 agent match no agent of the roster and are not used: "Greg"\./);
  });

  it('a roster agent with no KPI rows is named (left agents are not)', async () => {
    const dir = tempDir();
    const roster = write(dir, 'roster.csv', 'Agent ID,Hire Date,Status\nA1,2019-01-07,Active\nA2,2019-01-07,Active\nA3,2019-01-07,Left\n');
    const kpi = write(dir, 'kpi.csv', 'Agent ID,Week,Calls\nA1,2026-11-16,40\n');
    const inputs = await loadInputs(roster, [kpi]);
    expect(inputs.warnings).toEqual([expect.objectContaining({ code: 'roster-no-kpi', args: { agents: 1, names: '"A2"' } })]);
  });
});

describe('rows read twice, rows that disagree, two people under one name', () => {
  const KPI = 'Agent ID,Date,Calls,AHT\nA1,2026-11-16,40,300\nA1,2026-11-17,30,280\nA2,2026-11-16,20,310\n';
  const roster = (dir: string) => write(dir, 'roster.csv', 'Agent ID,Hire Date\nA1,2019-01-07\nA2,2019-01-07\n');

  it('the same file given twice counts once, with a warning naming both files and the days', async () => {
    const dir = tempDir();
    const a = write(dir, 'kpi.csv', KPI);
    const b = join(dir, 'kpi-copy.csv');
    copyFileSync(a, b);
    const inputs = await loadInputs(roster(dir), [a, b]);
    expect(inputs.kpi.get('A1', '2026-11-16')).toMatchObject({ calls: 70 });
    expect(inputs.kpi.rowCount).toBe(3);
    expect(inputs.tables.slice(1).map((t) => [t.rows, t.skipped])).toEqual([
      [3, {}],
      [0, { repeat: 3 }],
    ]);
    const w = inputs.warnings.filter((x) => x.code === 'kpi-repeated-rows');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: b, message: `3 rows (2026-11-16 … 2026-11-17) repeat rows already read from ${a} (same agent, day and values); each was counted once.` });
  });

  it('overlapping weekly exports: the shared days count once, the rest adds up', async () => {
    const dir = tempDir();
    const a = write(dir, 'w1.csv', 'Agent ID,Date,Calls\nA1,2026-11-16,40\nA1,2026-11-17,30\n');
    const b = write(dir, 'w2.csv', 'Agent ID,Date,Calls\nA1,2026-11-17,30\nA1,2026-11-18,50\n');
    const inputs = await loadInputs(roster(dir), [a, b]);
    expect(inputs.kpi.get('A1', '2026-11-16')).toEqual({ calls: 120 });
    expect(inputs.warnings.find((x) => x.code === 'kpi-repeated-rows')?.args).toMatchObject({ rows: 1, first: '2026-11-17', last: '2026-11-17' });
  });

  it('a row repeated in one file counts once', async () => {
    const dir = tempDir();
    const inputs = await loadInputs(roster(dir), [write(dir, 'kpi.csv', `${KPI}A2,2026-11-16,20,310\n`)]);
    expect(inputs.kpi.get('A2', '2026-11-16')).toEqual({ calls: 20, aht: 310 });
    expect(inputs.warnings.find((x) => x.code === 'kpi-repeated-rows')?.message).toMatch(/^1 row \(2026-11-16 … 2026-11-16\) repeat rows earlier in the same file/);
  });

  it('two different rows for one agent and day are a warning naming both places', async () => {
    const dir = tempDir();
    const a = write(dir, 'a.csv', 'Agent ID,Date,Calls\nA1,2026-11-16,40\nA2,2026-11-16,10\n');
    const b = write(dir, 'b.csv', 'Agent ID,Date,Calls\nA1,2026-11-16,45\n');
    const inputs = await loadInputs(roster(dir), [a, b]);
    const w = inputs.warnings.find((x) => x.code === 'kpi-conflict');
    expect(w).toMatchObject({ file: b, row: 2 });
    expect(w?.message).toBe(`Agent "A1" has two different rows for 2026-11-16: ${a}, row 2 and ${b}, row 2. Both were counted; if one corrects the other, leave the old one out.`);
  });

  it('one name twice a day in an export without IDs is two people: warned, never added together', async () => {
    const dir = tempDir();
    const chats = write(dir, 'chats.csv', 'Date,Agent Name,Total Chats\n2026-11-16,Ashish ,12\n2026-11-16,Swati,30\n2026-11-16,Ashish ,0\n2026-11-17,Ashish ,9\n');
    const inputs = await loadInputs(undefined, [chats]);
    expect(inputs.agents.map((a) => a.id)).toEqual(['Swati']);
    const w = inputs.warnings.find((x) => x.code === 'kpi-name-two-people');
    expect(w?.message).toBe(
      'Two different agents seem to share the name "Ashish" in this export without agent IDs (for 2026-11-16: rows 2 and 4). Their 3 rows were left out rather than added together; add an agent ID column to the export.',
    );
  });
});

describe('rosters that cannot be read', () => {
  it('every row skipped: the error shows the first row problems, not "no agent rows"', async () => {
    const dir = tempDir();
    const f = write(dir, 'roster.csv', 'Agent ID,Hire Date\nA1,someday\nA2,31/31/2020\nA3,\nA4,soon\n');
    const err = await talksError(() => loadInputs(f, []));
    expect(err).toMatchObject({ code: 'roster-all-skipped', file: f, exitCode: 1 });
    expect(err.message).toBe("None of the roster's 4 rows could be read, so there is no agent to plan for. The first problems:");
    const lines = err.hint!.split('\n');
    expect(lines.slice(0, 3).map((l) => l.trim().split(': ')[0])).toEqual([2, 3, 4].map((r) => `${f}, row ${r}, column B (Hire Date)`));
    expect(err.hint).toContain('"someday" is not a date');
  });

  it('a KPI file given as the roster says to pass it with --kpi', async () => {
    const dir = tempDir();
    const f = write(dir, 'calls.csv', CALLS);
    const err = await talksError(() => loadInputs(f, [write(dir, 'other.csv', CALLS)]));
    expect(err.code).toBe('roster-columns');
    expect(err.hint).toMatch(/looks like KPI data.*Pass it with --kpi/);
  });
});

describe('HR dumps without a team column', () => {
  it('Department is the team, with a note', async () => {
    const dir = tempDir();
    const f = write(dir, 'hr.csv', 'EmpID,Employee_Name,DateofHire,Department,ManagerName\n1,"Ann, Lee",1/5/2015,Production       ,Bo\n');
    const inputs = await loadInputs(f, []);
    expect(inputs.agents[0]).toMatchObject({ team: 'Production', lead: 'Bo' });
    expect(missingColumnNotes(inputs).map((n) => n.code)).toContain('note-team-from-department');
  });

  it('a Team column wins over Department; no team at all is a note', async () => {
    const dir = tempDir();
    const both = await loadInputs(write(dir, 'a.csv', 'ID,Department,Team,Hire Date\n1,Sales,North,2020-01-06\n'), []);
    expect(both.agents[0].team).toBe('North');
    expect(missingColumnNotes(both).map((n) => n.code)).not.toContain('note-team-from-department');
    const none = await loadInputs(write(dir, 'b.csv', 'ID,Hire Date\n1,2020-01-06\n'), []);
    expect(missingColumnNotes(none).map((n) => n.code)).toContain('note-no-team');
  });
});
