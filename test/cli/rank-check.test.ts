import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX, hasStackTrace, talks } from '../helpers/cli.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');

interface RankJson {
  agents: { agentId: string; name: string; team: string; rank: number | null; score: number | null; percentile: number | null; top: boolean; core: boolean }[];
}

describe('talks rank', () => {
  it('prints the spec JSON contract with top 20% and core 3%', () => {
    const r = talks(['rank', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as RankJson;
    expect(Object.keys(doc.agents[0]).sort()).toEqual(['agentId', 'core', 'name', 'percentile', 'rank', 'score', 'team', 'top'].sort());
    const ranked = doc.agents.filter((a) => a.rank !== null);
    expect(ranked).toHaveLength(38);
    expect(ranked.filter((a) => a.top)).toHaveLength(8);
    expect(ranked.filter((a) => a.core).map((a) => a.agentId)).toEqual(['A007', 'A013']);
    expect(ranked[0]).toMatchObject({ agentId: 'A007', rank: 1, percentile: 100 });
    const unranked = doc.agents.filter((a) => a.rank === null).map((a) => a.agentId).sort();
    expect(unranked).toEqual(['A033', 'A040']);
  });

  it('ranks within teams with --group-by team', () => {
    const r = talks(['rank', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '--format', 'json', '--group-by', 'team']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as RankJson;
    const firsts = doc.agents.filter((a) => a.rank === 1).map((a) => a.team).sort();
    expect(firsts).toEqual(['Team North', 'Team South']);
  });

  it('prints CSV with a header row', () => {
    const r = talks(['rank', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split(/\r\n/);
    expect(lines[0]).toBe('agentId,name,team,rank,score,percentile,top,core');
    expect(lines[1]).toMatch(/^A007,Hannah Kowalski,Team North,1,[\d.]+,100,true,true$/);
  });

  it('rejects an unknown --group-by as a usage error', () => {
    const r = talks(['rank', ROSTER, '--kpi', KPI, '--group-by', 'site']);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('talks check', () => {
  it('recognises every Chinese column of the GBK roster and the BOM KPI file', () => {
    const r = talks(['check', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv')]);
    expect(r.code, r.stderr).toBe(0);
    for (const header of ['工号', '姓名', '班组', '组长', '入职日期', '在职状态', '离职日期', '上次面谈日期', '组长反馈', '反馈日期', '周期', '接通量', '平均处理时长', '满意度', '质检分', '一次解决率', '排班遵从率']) {
      expect(r.stdout).toContain(`(${header})`);
    }
    expect(r.stdout).toContain('header in row 2');
    expect(r.stdout).toMatch(/"2025年4月21日" → 2025-04-21/);
    expect(r.stdout).toMatch(/"05:16" → 316/);
    expect(r.stdout).toContain('12 weeks, 2026-08-31 … 2026-11-16');
    expect(r.stdout).toContain('No problems found.');
  });

  it('uses the KPI sheets of the roster workbook when no --kpi is given', () => {
    const r = talks(['check', ROSTER]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('header in row 4, 40 data rows');
  });
});
