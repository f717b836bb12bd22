import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DATA } from '../../helpers/real-data.js';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/io/load/index.js';
import type { KpiStore } from '../../../src/model/kpi.js';
import { tempDir } from '../../helpers/cli.js';

const DATA = REAL_DATA;

function roster(dir: string, ids: string[]): string {
  const file = join(dir, 'roster.csv');
  writeFileSync(file, `Agent ID,Hire Date\n${ids.map((id) => `${id},2019-01-07`).join('\n')}\n`);
  return file;
}

describe('raw per-call logs', () => {
  it('count each answered call once and turn ratings and resolved flags into CSAT and FCR', async () => {
    const dir = tempDir();
    const log = join(dir, 'calls.csv');
    writeFileSync(
      log,
      [
        'Call Id,Agent,Date,Answered (Y/N),Resolved,AvgTalkDuration,Satisfaction rating',
        'C1,Ann,2026-11-16,Y,Y,0:02:00,5',
        'C2,Ann,2026-11-17,Y,N,0:04:00,3',
        'C3,Ann,2026-11-18,N,N,0:00:00,0',
        'C4,Ann,2026-11-18,Y,Y,0:03:00,0',
        'C5,Bob,2026-11-16,Y,Y,120,4',
        'C6,Bob,2026-11-16,Y,maybe,60,9',
      ].join('\n'),
    );
    const inputs = await loadInputs(roster(dir, ['Ann', 'Bob']), [log]);
    // Ann: 3 answered calls; AHT (120+240+180)/3; CSAT from ratings 5 and 3 (0 = no rating); FCR 2 of 3.
    expect(inputs.kpi.get('Ann', '2026-11-16')).toEqual({ calls: 3, aht: 180, csat: 80, fcr: (100 + 0 + 100) / 3 });
    expect(inputs.kpi.get('Bob', '2026-11-16')).toEqual({ calls: 2, aht: 90, csat: 80, fcr: 100 });
    expect(inputs.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [7, 'G (Satisfaction rating)', expect.stringMatching(/9 is not a rating from 1 to 5/)],
      [7, 'E (Resolved)', expect.stringMatching(/"maybe" is not yes or no/)],
    ]);
  });

  it('leave a calls or CSAT column, when the log has one, as it is', async () => {
    const dir = tempDir();
    const log = join(dir, 'calls.csv');
    writeFileSync(log, 'Call Id,Agent,Date,Calls,CSAT,Rating\nC1,Ann,2026-11-16,4,90%,1\n');
    const inputs = await loadInputs(roster(dir, ['Ann']), [log]);
    expect(inputs.kpi.get('Ann', '2026-11-16')).toEqual({ calls: 4, csat: 90 });
  });

  const copies = ['pwc_call_center.xlsx', 'pwc_call_center_mixed_dates.csv', 'pwc_call_center_hms.csv'];
  it.skipIf(!copies.every((f) => existsSync(join(DATA, f))))('read the same 4,054 answered calls from the three public copies of the PwC log', async () => {
    const dir = tempDir();
    const agents = ['Becky', 'Dan', 'Diane', 'Greg', 'Jim', 'Joe', 'Martha', 'Stewart'];
    const rosterFile = roster(dir, agents);
    const stores: KpiStore[] = [];
    for (const f of copies) {
      const inputs = await loadInputs(rosterFile, [join(DATA, f)]);
      expect(inputs.warnings, f).toEqual([]);
      expect(inputs.tables[1].rows, f).toBe(4054);
      stores.push(inputs.kpi);
    }
    const periods = stores[0].periods();
    expect(periods).toHaveLength(14);
    const calls = agents.reduce((n, a) => n + (stores[0].over(a, periods)?.calls ?? 0), 0);
    expect(calls).toBe(4054);
    for (const s of stores.slice(1)) {
      expect(s.periods()).toEqual(periods);
      for (const a of agents) {
        const want = stores[0].over(a, periods)!;
        const got = s.over(a, periods)!;
        for (const m of ['calls', 'aht', 'csat', 'fcr'] as const) expect(got[m], `${a} ${m}`).toBeCloseTo(want[m]!, 6);
      }
    }
  });
});

describe('KPI exports without agent IDs', () => {
  it('match rows to the roster by name and report names that match nobody or several agents', async () => {
    const dir = tempDir();
    const rosterFile = join(dir, 'roster.csv');
    writeFileSync(rosterFile, 'Agent ID,Name,Hire Date\nA1,Swati Rao,2019-01-07\nA2,Ashish Kumar,2019-01-07\nA3,Ashish Kumar,2020-01-07\n');
    const kpiFile = join(dir, 'chats.csv');
    writeFileSync(
      kpiFile,
      'Agent Performance Report\nDate,Agent Name,Total Chats,Average Rating\n2026-11-16,Swati  Rao ,10,4.5\n2026-11-17,swati rao,30,0\n2026-11-16,Ashish Kumar,5,4\n2026-11-16,Nobody Here,5,4\n',
    );
    const inputs = await loadInputs(rosterFile, [kpiFile]);
    expect(inputs.kpi.get('A1', '2026-11-16')).toEqual({ calls: 40, csat: 90 });
    expect(inputs.kpi.agentIds()).toEqual(['A1']);
    expect(inputs.warnings.map((w) => [w.code, w.column])).toEqual([
      ['kpi-name-unknown', 'B (Agent Name)'],
      ['kpi-name-shared', 'B (Agent Name)'],
      ['roster-no-kpi', undefined],
    ]);
    expect(inputs.warnings[0].message).toContain('"Nobody Here"');
    expect(inputs.warnings[1].message).toContain('"Ashish Kumar"');
  });

  it.skipIf(!existsSync(join(DATA, 'ineuron_agent_performance.xlsx')))('read the public chat-platform export by agent name', async () => {
    const dir = tempDir();
    const rosterFile = join(dir, 'roster.csv');
    writeFileSync(rosterFile, 'Agent ID,Name,Hire Date\nX1,Swati,2019-01-07\nX2,Rishav Dash,2019-01-07\n');
    const inputs = await loadInputs(rosterFile, [join(DATA, 'ineuron_agent_performance.xlsx')]);
    // Swati: one agent, trailing space in the export; Rishav Dash: two agents share it there, so
    // their rows are left out (never added together) and said so.
    expect(inputs.kpi.agentIds().sort()).toEqual(['X1']);
    expect(inputs.kpi.periods().length).toBeGreaterThanOrEqual(5);
    expect(inputs.warnings.find((w) => w.code === 'kpi-name-unknown')?.sheet).toBe('Agent Performance Report');
    const shared = inputs.warnings.find((w) => w.code === 'kpi-name-two-people');
    expect(shared?.message).toMatch(/share the name "Rishav Dash".*Their 60 rows were left out/);
  });
});

describe('a 1–5 rating in a percentage column', () => {
  it.each([
    ['a 1–5 rating under a CSAT header', ['1', '5', '4', '3'], true],
    ['real percentages', ['92%', '0.88', '75', '100'], false],
    ['all at 100%', ['1', '100%', '1.0'], false],
  ])('%s: warned = %s', async (_label, values, warned) => {
    const dir = tempDir();
    const kpi = join(dir, 'kpi.csv');
    writeFileSync(kpi, `Agent ID,Week,CSAT\n${values.map((v) => `A1,2026-11-16,${v}`).join('\n')}\n`);
    const inputs = await loadInputs(roster(dir, ['A1']), [kpi]);
    const w = inputs.warnings.filter((x) => x.code === 'kpi-scale');
    expect(w.length > 0).toBe(warned);
    if (warned) expect(w[0]).toMatchObject({ column: 'C (CSAT)', message: expect.stringContaining('name the column "Rating"') });
  });

  it('a zero talk time in a call log is no call, not a fast one', async () => {
    const dir = tempDir();
    const log = join(dir, 'calls.csv');
    writeFileSync(log, 'Call Id,Agent,Date,AvgTalkDuration\nC1,Ann,2026-11-16,120\nC2,Ann,2026-11-16,0\n');
    const inputs = await loadInputs(roster(dir, ['Ann']), [log]);
    expect(inputs.kpi.get('Ann', '2026-11-16')).toEqual({ calls: 1, aht: 120 });
  });
});
