import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOf, runPlan } from '../../src/cli/plan-run.js';
import { openArchive } from '../../src/io/archive/archive.js';
import type { OutcomeRow } from '../../src/model/archive.js';
import { addPrepSheets } from '../../src/io/write/workbook/prep-sheets.js';
import { buildPlanWorkbook } from '../../src/io/write/workbook/plan-workbook.js';

async function sheetText(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const out: string[] = [];
  back.getWorksheet(name)!.eachRow((row) => {
    const values: string[] = [];
    row.eachCell((c) => {
      if (c.value !== null && (!c.isMerged || c.master.address === c.address)) values.push(String(c.value));
    });
    out.push(values.join(' | '));
  });
  return out.join('\n');
}

const held = (agentId: string, name: string, date: string, issues: OutcomeRow['issues']): OutcomeRow => ({
  agentId, name, team: '', lead: '', date, rule: 'routine', held: true, heldOn: null, issues, notes: null, plan: null, leadNote: null, nextStep: null,
});

/** A real archive holding two held talks: A012's with two issues, A039's (older than the roster's date) with none. */
function archiveFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'talks-followups-')), 'talks.db');
  const archive = openArchive(file, 'write');
  archive.upsertTalks([
    held('A012', 'Ryan Fletcher', '2026-10-20', [{ category: 'shift', text: 'Wants the early shift back' }, { category: 'skill', text: 'Billing calls' }]),
    held('A039', 'Yasmin Clarke', '2026-03-01', []),
  ], '2026-11-23T09:00:00Z');
  archive.close();
  return file;
}

describe('prep sheets with the archive’s follow-ups', () => {
  it('shows the last archived talk and its open issues, or says there are none', async () => {
    const plan = planOf(await runPlan({ roster: 'fixtures/roster.xlsx', kpi: ['fixtures/kpi.xlsx'], today: '2026-11-24', history: archiveFile() }));
    const en = buildPlanWorkbook(plan, 'en', addPrepSheets);
    const a012 = await sheetText(en, 'A012 Ryan Fletcher');
    expect(a012).toContain('Tue 2026-10-20 (35 days ago) · Routine');
    expect(a012).toContain('Open follow-ups from the talk on 2026-10-20 (Routine):');
    expect(a012).toContain('• Shift/schedule: Wants the early shift back');
    expect(a012).toContain('• Skill: Billing calls');
    const a039 = await sheetText(en, 'A039 Yasmin Clarke');
    expect(a039).toContain('Thu 2026-04-02 (7 months ago)');
    expect(a039).not.toContain('Open follow-ups');

    const zh = buildPlanWorkbook(plan, 'zh-CN', addPrepSheets);
    const zh012 = await sheetText(zh, 'A012 Ryan Fletcher');
    expect(zh012).toContain('2026-10-20 面谈（例行面谈）中待跟进的事项：');
    expect(zh012).toContain('• 排班/班次：Wants the early shift back');
  });
});
