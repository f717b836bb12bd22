import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBook } from '../../src/io/read/xlsx/book.js';
import { ZipFile } from '../../src/io/read/xlsx/zip.js';

/** A written workbook read back as plain JSON. Needs `npm run build` first (the real CLI runs). */
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'talks-prep-wb-'));

function plan(lang: string): string {
  const out = join(dir, `plan-${lang}.xlsx`);
  execFileSync(
    process.execPath,
    ['bin/talks.js', 'plan', 'fixtures/roster.xlsx', '--kpi', 'fixtures/kpi.xlsx', '--today', '2026-11-24', '--lang', lang, '-o', out, '--format', 'json'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return out;
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function text(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === null || v === undefined ? '' : String(v);
}

/** Each non-empty row as `row: value | value`, merged cells once. */
function lines(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row, r) => {
    const values: string[] = [];
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (text(cell.value)) values.push(text(cell.value));
    });
    if (values.length) out.push(`${r}: ${values.join(' | ')}`);
  });
  return out;
}

const FIXED_EN = ['Schedule', 'Week', 'Team leads', 'Backlog', 'Ranking', 'Swings', 'Data check', 'Coverage'];
const PREP = [
  'A009 Chloe Bennett',
  'A028 Michael Osei',
  'A034 Jamal Wright',
  'A040 Ethan Morales',
  'A013 Olivia Park',
  'A024 Ben Castillo',
  'A012 Ryan Fletcher',
  'A039 Yasmin Clarke',
  'A037 Amira Saleh',
  'A029 Ella Watanabe',
];

let en: ExcelJS.Workbook;
let zh: ExcelJS.Workbook;
const files = { en: '', zh: '' };

beforeAll(async () => {
  files.en = plan('en');
  files.zh = plan('zh-CN');
  en = await read(files.en);
  zh = await read(files.zh);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the plan workbook with prep sheets (fixtures, 2026-11-24)', () => {
  it('puts the How to run a talk sheet and one prep sheet per scheduled talk after the fixed sheets, in schedule order', () => {
    expect(en.worksheets.map((w) => w.name)).toEqual([...FIXED_EN, 'How to run a talk', ...PREP]);
    expect(zh.worksheets.map((w) => w.name)).toEqual(['面谈安排', '周视图', '组长清单', '待办', '排名', '波动', '数据检查', '覆盖预测', '面谈须知', ...PREP]);
  });

  it('sets up every prep sheet for printing: A4 portrait, one page wide and tall, agent and date in the header', () => {
    for (const wb of [en, zh]) {
      for (const name of PREP) {
        const ws = wb.getWorksheet(name)!;
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true });
        expect(ws.pageSetup.printArea).toMatch(/^A1:J\d+$/);
        expect(ws.headerFooter.oddHeader).toContain(name);
        expect(ws.headerFooter.oddHeader).toMatch(/&R.* 2026-11-2\d$/);
        expect(ws.headerFooter.oddFooter).toContain('&P');
        expect(ws.headerFooter.oddFooter).not.toContain('&N');
        expect(ws.pageSetup.firstPageNumber).toBe(1);
      }
    }
  });

  it('holds values only: no cell in any sheet has a formula', () => {
    for (const wb of [en, zh]) {
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
          }),
        );
      }
    }
  });

  it('renders the swing-down prep sheet (A012) in full', () => {
    expect(lines(en.getWorksheet('A012 Ryan Fletcher')!)).toMatchInlineSnapshot(`
      [
        "1: Prep form: A012 Ryan Fletcher | Swing down | @talk | {"agentId":"A012","name":"Ryan Fletcher","team":"Team North","lead":"Grace Lin","date":"2026-11-26","rule":"swing-down"}",
        "2: Team | Team North | Date | Thu 2026-11-26",
        "3: Team lead | Grace Lin | Time · Place | 10:00–10:45 · Break room",
        "4: Tenure | 3 years 9 months (hired 2023-01-30) | Due | 2026-11-27",
        "5: Why this talk",
        "6: Overall KPI score fell 70 points in week 47 (2026-11-16 – 2026-11-22): usually about 70 of 100, now 1.",
        "7: FCR fell from 80.5% to 63.5% in week 47; usual range 80.2–80.7%.",
        "8: QA fell from 90.8 to 75.8 in week 47; usual range 90.4–90.9.",
        "9: Adherence fell from 93.9% to 84.6% in week 47; usual range 93.6–93.9%.",
        "10: KPI trend: the last 8 weeks, agent against the team median",
        "11: Metric | W40 | W41 | W42 | W43 | W44 | W45 | W46 | W47 | Trend",
        "12: Calls | 469 | 483 | 467 | 486 | 455 | 488 | 480 | 362 | ▇█▇█▆██▁",
        "13:   team median | 455 | 466 | 456 | 471 | 442 | 476 | 468 | 461 | ▲▲▲▲▲▲▲▼",
        "14: AHT | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | ▁▁▁▁▁▁▁█",
        "15:   team median | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | 1899-12-30 | ▲▲▲▲▲▲▲▼",
        "16: CSAT | 0.913 | 0.913 | 0.915 | 0.915 | 0.914 | 0.913 | 0.912 | 0.781 | ███████▁",
        "17:   team median | 0.899 | 0.899 | 0.899 | 0.899 | 0.898 | 0.904 | 0.903 | 0.896 | ▲▲▲▲▲==▼",
        "18: QA | 90.4 | 90.5 | 90.5 | 90.8 | 90.8 | 90.8 | 90.8 | 75.8 | ███████▁",
        "19:   team median | 88.8 | 88.8 | 88.7 | 88.7 | 88.7 | 89.3 | 89.4 | 88.2 | ▲▲▲▲▲▲▲▼",
        "20: FCR | 0.807 | 0.805 | 0.803 | 0.802 | 0.806 | 0.804 | 0.806 | 0.635 | ███████▁",
        "21:   team median | 0.78 | 0.782 | 0.781 | 0.783 | 0.782 | 0.789 | 0.789 | 0.774 | ▲▲▲▲▲▲▲▼",
        "22: Adherence | 0.939 | 0.937 | 0.939 | 0.938 | 0.939 | 0.939 | 0.936 | 0.846 | ███████▁",
        "23:   team median | 0.927 | 0.926 | 0.928 | 0.927 | 0.928 | 0.928 | 0.931 | 0.923 | ▲▲▲▲▲▲=▼",
        "24: Bars: the agent’s values, low ▁ to high █ · ▲ better than the team median, ▼ worse, = the same.",
        "25: Last talk and open follow-ups",
        "26: Tue 2026-09-08 (2 months ago)",
        "27: Questions from the team lead: none yet (Team leads sheet, then talks prep PLAN.xlsx) | leadQuestions=A | Questions from the team lead: none yet (Team leads sheet, then talks prep PLAN.xlsx)",
        "28: Suggested questions",
        "29: 1. | Your results dropped in the latest period. How have things been for you at work?",
        "30: Answer:",
        "31: 2. | What has changed in your calls or your work recently?",
        "32: Answer:",
        "33: 3. | Is something about the team, the schedule or the tools making your work harder?",
        "34: Answer:",
        "35: 4. | How are things with your colleagues in the team?",
        "36: Answer:",
        "37: 5. | What support would help you most right now: coaching, listening to calls together, a schedule change?",
        "38: Answer:",
        "39: Avoid (the 3 most important) · general advice: sheet "How to run a talk"",
        "40: • Don’t overrule the team lead’s instructions: if you disagree with one, take it up with the team lead after the talk.",
        "41: • Don’t open with blame or use the numbers as an accusation: ask first, then listen.",
        "42: • Don’t assume the cause before you have listened.",
        "43: Improvement plan (agree it together)",
        "44: Goal | plan.goal=B",
        "45: Measured by | Target | Review on | plan.metric=B;plan.target=E;plan.review=I",
        "46: Actions | plan.actions=B",
        "47: Support needed | plan.support=B",
        "48: Outcome (fill in after the talk)",
        "49: Held | Held on | held=B;heldOn=I",
        "50: Issue 1 | issue1.category=B;issue1.text=D",
        "51: Issue 2 | issue2.category=B;issue2.text=D",
        "52: Issue 3 | issue3.category=B;issue3.text=D",
        "53: Note to lead | leadNote=B",
        "54: Next step | nextStep=B",
        "55: Private notes | notes=B",
      ]
    `);
  });

  it('gives the outcome block drop-downs in the workbook’s language', () => {
    const lists = (ws: ExcelJS.Worksheet) => {
      const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      return Object.values(model)
        .filter((v) => v.type === 'list')
        .map((v) => String(v.formulae[0]));
    };
    const categories = { en: '"Skill,Mood/attitude,Shift/schedule,QA standards,Pay/career,Other"', zh: '"技能,情绪/态度,排班/班次,质检标准,薪酬/职业发展,其他"' };
    expect(lists(en.getWorksheet('A012 Ryan Fletcher')!)).toEqual(['"Calls,AHT,CSAT,QA,FCR,Adherence"', '"Yes,No"', ...Array(3).fill(categories.en)]);
    expect(lists(zh.getWorksheet('A012 Ryan Fletcher')!)).toEqual(['"接通量,平均处理时长,满意度,质检分,一次解决率,排班遵从率"', '"是,否"', ...Array(3).fill(categories.zh)]);
  });

  it('writes the core top performer’s sheet in Chinese with the retention questions', () => {
    const all = lines(zh.getWorksheet('A013 Olivia Park')!).join('\n');
    expect(all).toContain('面谈准备表：A013 Olivia Park');
    expect(all).toContain('优秀员工 · ★ 核心员工：重点关注保留');
    expect(all).toContain('综合KPI得分排名第 2（共 38 人），得分 97.3（满分100）。');
    expect(all).toContain('应于 2026-10-23 前完成（已逾期 32 天）。');
    expect(all).toContain('你觉得现在的薪酬和岗位，与你的工作和贡献相匹配吗？怎样你会觉得合理？');
    expect(all).toContain('4年6个月（2022-04-25 入职）');
    expect(all).not.toMatch(/Why this talk|Suggested questions|Outcome/);
  });

  it('tells the lead-flag, new-hire and exit stories with their dates', () => {
    const sheet = (name: string) => lines(en.getWorksheet(name)!).join('\n');
    expect(sheet('A028 Michael Osei')).toContain('Resignation intent reported by the team lead on 2026-11-23 (1 day ago).');
    expect(sheet('A028 Michael Osei')).toMatch(/Never discuss, judge or undermine the team lead’s management/);
    expect(sheet('A040 Ethan Morales')).toContain('Hired on 2026-11-16 (8 days ago); no talk since then.');
    expect(sheet('A040 Ethan Morales')).toContain('No talk on record.');
    expect(sheet('A024 Ben Castillo')).toContain('Notice given; last working day 2026-12-04 (in 10 days).');
  });

  it('gives each team lead a page of their own: their name on top, only their agents, a shaded question cell per agent, a page break after each lead', async () => {
    const ws = en.getWorksheet('Team leads')!;
    const rows = lines(ws);
    expect(rows[0]).toBe('1: Team lead: Grace Lin · Team North | @leads');
    expect(rows[1]).toMatch(/^2: Write in the shaded cells any question/);
    expect(rows[2]).toBe('3: Team | Agent ID | Name | Date | Time | Place | Talk type | Reason | Your questions for the manager');
    expect(rows[3]).toBe(
      '4: Team North | A009 | Chloe Bennett | 2026-11-24 | 10:00–10:45 | Meeting room | Lead flag | Team lead reported a mood change on 2026-11-20 | {"agentId":"A009","date":"2026-11-24","rule":"lead-flag"}',
    );
    const omar = rows.findIndex((r) => r.includes('Team lead: Omar Haddad'));
    expect(rows[omar]).toMatch(/^\d+: Team lead: Omar Haddad · Team South$/);
    const agents = (from: number, to: number) => rows.slice(from, to).filter((r) => r.includes('"agentId"')).map((r) => r.split(' | ')[1]);
    expect(agents(0, omar)).toEqual(['A009', 'A013', 'A012']);
    expect(agents(omar, rows.length)).toEqual(['A028', 'A034', 'A040', 'A024', 'A039', 'A037', 'A029']);
    // Every agent row: the question cell (I) is empty, shaded and boxed; the key is in the hidden J.
    const agentRows = rows.filter((r) => r.includes('"agentId"')).map((r) => Number(r.split(':')[0]));
    for (const r of agentRows) {
      const q = ws.getCell(r, 9);
      expect(q.value).toBeNull();
      expect(q.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF8E1' } });
      expect(q.border.top?.style).toBe('thin');
    }
    expect(ws.getColumn(10).hidden).toBe(true);
    // exceljs does not read page breaks back: they are checked in the sheet's XML.
    const zip = await ZipFile.open(files.en);
    const path = (await readBook(zip)).sheets.find((x) => x.name === 'Team leads')!.path;
    const breaks = [...((await zip.latin1(path)) ?? '').matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual([agentRows[2], agentRows.at(-1)]);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toBe(`A1:I${agentRows.at(-1)}`);
    expect(lines(zh.getWorksheet('组长清单')!)[0]).toBe('1: 组长：Grace Lin · Team North | @leads');
    expect(lines(zh.getWorksheet('组长清单')!)[2]).toBe('3: 班组 | 工号 | 姓名 | 日期 | 时间 | 地点 | 面谈类型 | 原因 | 您想请经理了解的问题');
  });

  it('writes the prep forms’ KPI values as numbers in the metric’s format, rates as fractions shown as %', () => {
    const ws = en.getWorksheet('A012 Ryan Fletcher')!;
    const row = (label: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (!found && r.getCell(1).value === label) found = r;
      });
      return found!;
    };
    const csat = row('CSAT').getCell(9);
    expect(csat.value).toBe(0.781);
    expect(csat.numFmt).toBe('0.0%');
    // A time format: exceljs reads the fraction of a day back as a time on 1899-12-30 (7:22 = 442 s).
    expect(row('AHT').getCell(9).value).toEqual(new Date(Date.UTC(1899, 11, 30, 0, 7, 22)));
    expect(row('AHT').getCell(9).numFmt).toBe('[m]:ss');
    expect(row('Calls').getCell(2).value).toBe(469);
    expect(row('Calls').getCell(2).numFmt).toBe('#,##0');
    const due = ws.getCell('I4');
    expect(due.value).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(due.numFmt).toBe('yyyy-mm-dd');
  });
});
