import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { REAL_DATA, realFile, realSkip } from '../helpers/real-data.js';

/**
 * Every real public export in ../shared/data (see SOURCE.md there) through check, rank and, for
 * rosters, plan, as a new user would run them: no config file, no editing.
 */
const present = existsSync(REAL_DATA) ? readdirSync(REAL_DATA).filter((f) => f !== 'SOURCE.md') : [];
const ROSTERS = ['hr_dataset_v14.csv', 'hr_dataset_v14_utf16.txt'];
const LEGACY = ['ineuron_agent_login.xls'];
/** KPI exports and how many agents each holds (two chat names are shared by two people each). */
const KPI: Record<string, number> = {
  'pwc_call_center.xlsx': 8,
  'pwc_call_center_mixed_dates.csv': 8,
  'pwc_call_center_hms.csv': 8,
  'anonymous_bank_1999_02.txt': 24,
  'ineuron_agent_performance.xlsx': 68,
  'ineuron_agent_performance.csv': 68,
};
const has = (...names: string[]) => names.every((n) => present.includes(n));

interface RankJson {
  agents: { agentId: string; rank: number | null; score: number | null }[];
}

const rank = (file: string, today: string) => {
  const r = talks(['rank', '--kpi', realFile(file), '--today', today, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as RankJson;
};

describe.skipIf(present.length === 0)(`every real export (${realSkip()})`, () => {
  it.each(present)('%s: talks check reads it, or says why not, without a stack trace', (name) => {
    const f = realFile(name);
    const r = talks(ROSTERS.includes(name) ? ['check', f] : ['check', '--kpi', f]);
    expect(hasStackTrace(r.stderr)).toBe(false);
    if (LEGACY.includes(name)) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/save it as \.xlsx/);
      return;
    }
    expect(r.code, r.stderr).toBe(0);
    if (KPI[name] !== undefined) expect(r.stdout).toContain(`No roster: ${KPI[name]} agents from the KPI data`);
  });

  it.each(Object.keys(KPI).filter((n) => has(n)))('%s: talks rank --kpi ranks its agents', (name) => {
    const today = name.startsWith('pwc') ? '2021-04-01' : name.startsWith('anonymous') ? '1999-03-01' : '2022-08-01';
    const doc = rank(name, today);
    expect(doc.agents).toHaveLength(KPI[name]);
    expect(doc.agents.filter((a) => a.rank !== null).length).toBeGreaterThan(0);
  });

  it.skipIf(!has('pwc_call_center.xlsx', 'pwc_call_center_mixed_dates.csv', 'pwc_call_center_hms.csv'))(
    'the three PwC copies rank identically',
    () => {
      const [a, b, c] = ['pwc_call_center.xlsx', 'pwc_call_center_mixed_dates.csv', 'pwc_call_center_hms.csv'].map((n) => rank(n, '2021-04-01'));
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    },
  );

  it.skipIf(!has('ineuron_agent_performance.xlsx', 'ineuron_agent_performance.csv'))('the chat report as xlsx and as csv rank identically', () => {
    expect(rank('ineuron_agent_performance.csv', '2022-08-01')).toEqual(rank('ineuron_agent_performance.xlsx', '2022-08-01'));
  });

  it.each(ROSTERS.filter((n) => has(n)))('%s: talks plan runs on the HR dump, Department as team', (name) => {
    const r = talks(['plan', realFile(name), '--today', '2018-11-12', '--format', 'json', '--no-workbook']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { talks: { team: string }[]; warnings: { code: string }[] };
    expect(doc.talks.length).toBeGreaterThan(0);
    expect(doc.talks.every((t) => t.team !== '')).toBe(true);
    expect(doc.warnings.map((w) => w.code)).toContain('note-team-from-department');
  });

  it.skipIf(!has(...ROSTERS))('the HR dump as csv and as UTF-16 text plans identically', () => {
    const [a, b] = ROSTERS.map((n) => talks(['plan', realFile(n), '--today', '2018-11-12', '--format', 'json', '--no-workbook']));
    expect(JSON.parse(b.stdout).talks).toEqual(JSON.parse(a.stdout).talks);
  });

  it.skipIf(!has('pwc_call_center.xlsx'))('PwC with a roster of IDs: every answered call is used, the partial last week is not judged', () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    const names = ['Jim', 'Martha', 'Diane', 'Dan', 'Becky', 'Greg', 'Joe', 'Stewart'];
    writeFileSync(roster, `Agent ID,Name,Team,Hire Date\n${names.map((n, i) => `P0${i + 1},${n},T,2019-01-07`).join('\n')}\n`);
    const r = talks(['plan', roster, '--kpi', realFile('pwc_call_center.xlsx'), '--today', '2021-04-01', '--format', 'json', '--no-workbook']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { talks: { rule: string; why: string }[]; warnings: { code: string; message: string }[] };
    const codes = doc.warnings.map((w) => w.code);
    expect(codes).toContain('kpi-matched-by-name');
    expect(codes).not.toContain('kpi-unmatched');
    expect(doc.warnings.find((w) => w.code === 'note-partial-period')?.message).toContain('The week of 2021-03-29 holds only 3 days of data');
    expect(doc.talks.every((t) => !/→ 0|from \d+ to [0-9]\b/.test(t.why))).toBe(true);
  });
});

describe.skipIf(present.length > 0)('without ../shared/data', () => {
  it(`skips the real-export tests: ${realSkip()}`, () => {
    expect(existsSync(REAL_DATA)).toBe(false);
  });
});
