import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';

// The ranking's "top" label and the "not ranked" tenure note follow the settings a centre chose
// (ranking.topShare, ranking.minTenureDays), in the workbook, its print footer and `talks rank`.
const dir = tempDir();
const config = join(dir, 'talks.config.json');
writeFileSync(config, JSON.stringify({ ranking: { topShare: 0.1, minTenureDays: 60 } }));
const RUNS = {
  en: { inputs: [join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')], sheet: 'Ranking', top: 'Top 10%', legend: 'top 10%', tenure: 'Tenure under 60 days' },
  'zh-CN': { inputs: [join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv')], sheet: '排名', top: '前10%', legend: '前10%', tenure: '入职不满60天' },
} as const;

async function rankingSheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}

describe.each(Object.entries(RUNS))('ranking labels from the settings (%s)', (lang, run) => {
  it('the Ranking sheet names the configured share and tenure, header and footer', async () => {
    const out = join(dir, `plan-${lang}.xlsx`);
    const r = talks(['plan', ...run.inputs, '--today', '2026-11-30', '--config', config, '--lang', lang, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const ws = await rankingSheet(out, run.sheet);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(header).toContain(run.top);
    expect(header.join(' ')).not.toContain('20%');
    const notes = ws.getColumn(header.length - 1).values.map(String);
    expect(notes).toContain(run.tenure);
    expect(JSON.stringify(ws.headerFooter)).toContain(run.legend);
    expect(JSON.stringify(ws.headerFooter)).not.toContain('20%');
  });

  it('talks rank marks the configured share', () => {
    const r = talks(['rank', ...run.inputs, '--today', '2026-11-30', '--config', config, '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('20%');
    expect(r.stdout).toContain(run.tenure);
    if (lang === 'zh-CN') expect(r.stdout).toContain(run.top);
  });
});
