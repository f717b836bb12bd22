import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';
import { workbookJson } from '../helpers/workbook-json.js';

const write = (dir: string, name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

/** A roster whose IDs are not the names an ACD logs, and a call log that logs first names. */
function files() {
  const dir = tempDir();
  const roster = write(dir, 'roster.csv', 'Agent ID,Name,Team,Hire Date\nP01,Jim,A,2019-01-07\nP02,Martha,A,2019-01-07\nP03,Diane,B,2019-01-07\n');
  const calls = write(
    dir,
    'calls.csv',
    'Call Id,Agent,Date,Answered (Y/N),AvgTalkDuration,Satisfaction rating\n' +
      ['Jim', 'Martha', 'Diane', 'Greg'].flatMap((a, i) => [16, 17, 18].map((d) => `C${i}${d},${a},2026-11-${d},Y,${100 + d},4`)).join('\n') +
      '\n',
  );
  return { dir, roster, calls };
}

interface CheckJson {
  inputs: { file: string; kind: string; headerRow: number; fields: { field: string; header: string; column: string; dateOrder?: string }[]; rows: { read: number; used: number; skipped: number; reasons: Record<string, number> } }[];
  agents: { roster: number | null; kpi: number; withoutKpi: number; kpiWithoutRoster: number };
  periods: { kind: string; first: string; last: string; count: number; partial: { period: string; days: number }[] };
  metrics: string[];
  warnings: { code: string; message: string }[];
}

describe('plan and rank say what they did not use', () => {
  it('plan: matched by name and unmatched rows on stderr, in the JSON and on the Data check sheet', async () => {
    const { dir, roster, calls } = files();
    const out = join(dir, 'plan.xlsx');
    const r = talks(['plan', roster, '--kpi', calls, '--today', '2026-11-19', '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('are the roster\'s names, not its IDs, so 3 agents were matched by name');
    expect(r.stderr).toContain('3 KPI rows of 1 agent match no agent of the roster and are not used: "Greg"');
    const codes = (JSON.parse(r.stdout) as CheckJson).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['kpi-matched-by-name', 'kpi-unmatched']));
    const check = (await workbookJson(out)).find((s) => s.name === 'Data check')!;
    expect(JSON.stringify(check.rows)).toContain('match no agent of the roster');
  });

  it('plan --lang zh-CN says it in Chinese', () => {
    const { dir, roster, calls } = files();
    const r = talks(['plan', roster, '--kpi', calls, '--today', '2026-11-19', '--lang', 'zh-CN', '-o', join(dir, 'p.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('有 3 行KPI数据（1 名坐席）在花名册中找不到对应坐席，未被使用："Greg"');
    expect(r.stderr).toContain('已按姓名匹配了 3 名坐席');
  });

  it('rank warns too', () => {
    const { roster, calls } = files();
    const r = talks(['rank', roster, '--kpi', calls, '--today', '2026-11-19', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('match no agent of the roster');
  });
});

describe('KPI files without a roster', () => {
  it('check --kpi and rank --kpi work alone, with a note that tenure is unknown', () => {
    const { calls } = files();
    const c = talks(['check', '--kpi', calls]);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain('No roster: 4 agents from the KPI data');
    expect(c.stdout).toContain('their tenure is unknown');
    const r = talks(['rank', '--kpi', calls, '--today', '2026-11-19', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const ranked = (JSON.parse(r.stdout) as { agents: { agentId: string; rank: number | null }[] }).agents;
    expect(ranked.map((a) => a.agentId).sort()).toEqual(['Diane', 'Greg', 'Jim', 'Martha']);
    expect(ranked.every((a) => a.rank !== null)).toBe(true);
  });

  it('check and rank with neither a roster nor --kpi are usage errors', () => {
    for (const cmd of ['check', 'rank']) {
      const r = talks([cmd]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`talks ${cmd} needs a roster, KPI files (--kpi FILE), or both.`);
    }
  });

  it('a call log given as the roster says to pass it with --kpi', () => {
    const { calls } = files();
    const r = talks(['plan', calls]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Pass it with --kpi');
  });
});

describe('talks check --format json', () => {
  it('gives each input its kind, header, fields, row counts and reasons, periods and warnings', () => {
    const { dir, roster } = files();
    const calls = write(dir, 'log.csv', 'Call Id,Agent,Date,Answered (Y/N),AvgTalkDuration\nC1,P01,11/16/2026,Y,100\nC2,P01,11/17/2026,N,0\nC3,,11/17/2026,Y,90\nC4,P02,11/16/2026,Y,80\n');
    const r = talks(['check', roster, '--kpi', calls, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as CheckJson;
    expect(doc.inputs.map((i) => [i.kind, i.headerRow])).toEqual([
      ['roster', 1],
      ['call-log', 1],
    ]);
    const log = doc.inputs[1];
    expect(log.rows).toEqual({ read: 4, used: 2, skipped: 2, reasons: { 'not-answered': 1, 'missing-id': 1 } });
    expect(log.fields.find((f) => f.field === 'period')).toEqual({ field: 'period', header: 'Date', column: 'C (Date)', sample: '11/16/2026', parsed: '2026-11-16', dateOrder: 'month-day-year' });
    expect(doc.agents).toEqual({ roster: 3, kpi: 2, withoutKpi: 1, kpiWithoutRoster: 0 });
    expect(doc.periods).toMatchObject({ kind: 'week', first: '2026-11-16', last: '2026-11-16', count: 1 });
    expect(doc.metrics).toEqual(['calls', 'aht']);
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['missing-id', 'roster-no-kpi']));
  });

  it('rejects other formats', () => {
    const { roster } = files();
    const r = talks(['check', roster, '--format', 'csv']);
    expect(r.code).toBe(2);
  });
});

describe('plan --no-workbook', () => {
  it('prints the plan and writes no file, however often it runs', () => {
    const { dir, roster, calls } = files();
    for (let i = 0; i < 2; i++) {
      const r = talks(['plan', roster, '--kpi', calls, '--today', '2026-11-19', '--format', 'csv', '--no-workbook'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.split('\r\n')[0]).toMatch(/^agentId,name,team/);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });

  it('-o with --no-workbook is a usage error', () => {
    const { dir, roster } = files();
    const r = talks(['plan', roster, '--no-workbook', '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('--period', () => {
  it.each([
    ['day', 'KPI periods: 3 days, 2026-11-16 … 2026-11-18'],
    ['week', 'KPI periods: 1 week, 2026-11-16 … 2026-11-16'],
    ['month', 'KPI periods: 1 month, 2026-11-01 … 2026-11-01'],
  ])('--period %s groups the rows so', (period, text) => {
    const { calls } = files();
    const r = talks(['check', '--kpi', calls, '--period', period]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(text);
  });

  it('rank --period day ranks over the last days', () => {
    const { calls } = files();
    const r = talks(['rank', '--kpi', calls, '--period', 'day', '--today', '2026-11-19']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Ranking over 3 periods (2026-11-16 … 2026-11-18)');
  });

  it('an unknown period is a usage error', () => {
    const { calls } = files();
    expect(talks(['check', '--kpi', calls, '--period', 'year']).code).toBe(2);
  });
});
