import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageCase } from './grouped.js';
import { FIX, talks } from '../helpers/cli.js';
import { APPLICATION_ID } from '../../src/io/archive/schema.js';
import { SCHEDULE_HEADERS, type ScheduleColumn } from '../../src/text/labels.js';

/** A real plan of the bundled roster, and copies with cells typed in on its Schedule. */
export async function planInputs(dir: string): Promise<void> {
  const base = join(dir, 'base-plan.xlsx');
  const r = talks(['plan', join(FIX, 'roster.xlsx'), '--today', '2026-11-23', '-o', base]);
  if (r.code !== 0) throw new Error(r.stderr);
  const typed = async (cells: Partial<Record<ScheduleColumn, string>>): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const ws = wb.getWorksheet('Schedule')!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    for (const [c, v] of Object.entries(cells)) ws.getRow(2).getCell(headers.indexOf(SCHEDULE_HEADERS.en[c as ScheduleColumn])).value = v;
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const sqlite = (name: string, setup: (db: Database.Database) => void): Buffer => {
    const file = join(dir, name);
    const db = new Database(file);
    setup(db);
    db.close();
    const bytes = readFileSync(file);
    rmSync(file);
    return bytes;
  };
  Object.assign(INPUTS, {
    plan: readFileSync(base),
    held: await typed({ held: 'Yes', category: 'Skill', issue: 'Refund rules' }),
    badHeld: await typed({ held: 'Maybe' }),
    badDate: await typed({ held: 'Yes', heldOn: 'last Tuesday' }),
    badCategory: await typed({ held: 'Yes', category: 'Gossip', issue: 'x' }),
    editedId: await typed({ agentId: 'A999', held: 'Yes' }),
    typedNotHeld: await typed({ issue: 'Asks about shifts' }),
    foreign: sqlite('foreign.db', (db) => db.exec('CREATE TABLE songs (title TEXT)')),
    newer: sqlite('newer.db', (db) => {
      db.exec('CREATE TABLE talks (id INTEGER)');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('user_version = 99');
    }),
  });
}

/** Filled in by planInputs before the cases' files are written. */
const INPUTS: Record<string, Buffer> = {};
const p = new Proxy(INPUTS, { get: (t, k: string) => () => t[k] }) as unknown as Record<string, () => Buffer>;

const rec = (extra: string[] = []) => ['record', 'plan.xlsx', '--history', 'talks.db', ...extra];

/** Archives and plan workbooks `talks record`, `history` and `issues` refuse, each for a reason it names. */
const plan = (bytes: () => Buffer) => ({ 'plan.xlsx': bytes });

export const ARCHIVE_CASES: MessageCase[] = [
    { name: 'record a CSV', files: { 'plan.csv': 'a,b' }, args: ['record', 'plan.csv'], exit: 2, en: ['talks record reads the plan workbook written by "talks plan" (.xlsx), not plan.csv'], zh: ['talks record 读取的是'] },
    { name: 'record with the plan as the archive', files: plan(p.plan), args: ['record', 'plan.xlsx', '--history', 'plan.xlsx'], exit: 2, en: ['the plan workbook and --history are the same file'], zh: ['计划工作簿与 --history 是同一个文件'] },
    { name: 'record into an .xlsx archive', files: plan(p.plan), args: ['record', 'plan.xlsx', '--history', 'old.xlsx'], exit: 2, en: ['--history old.xlsx looks like a workbook'], zh: ['--history old.xlsx 看起来是工作簿'] },
    { name: 'record into a folder', files: { ...plan(p.held), 'talks.db/': '' }, args: rec(), exit: 1, en: ['the talk archive must be a file, but this is a folder'], zh: ['面谈档案必须是文件'] },
    { name: 'record into a folder that does not exist', files: plan(p.held), args: ['record', 'plan.xlsx', '--history', 'gone/talks.db'], exit: 1, en: ['does not exist', 'Create the folder first'], zh: ['不存在', '请先创建该文件夹'] },
    { name: 'record into a text file', files: { ...plan(p.held), 'talks.db': 'my notes' }, args: rec(), exit: 1, en: ['this is not a readable talks archive'], zh: ['这不是可读取的面谈档案'] },
    { name: 'record into another program’s database', files: { ...plan(p.held), 'talks.db': p.foreign }, args: rec(), exit: 1, en: ['belongs to another program'], zh: ['属于其他程序'] },
    { name: 'record into an archive from a newer talks', files: { ...plan(p.held), 'talks.db': p.newer }, args: rec(), exit: 1, en: ['written by a newer version of talks (archive version 99'], zh: ['由更新版本的 talks 写出（档案版本 99'] },
    { name: 'history on a damaged archive', files: { 'talks.db': 'garbage' }, args: ['history', 'A001', '--history', 'talks.db'], exit: 1, en: ['not a readable talks archive'], zh: ['这不是可读取的面谈档案'] },
    { name: 'issues on another program’s database', files: { 'talks.db': p.foreign }, args: ['issues', '--history', 'talks.db'], exit: 1, en: ['belongs to another program'], zh: ['属于其他程序'] },
    { name: 'issues with no archive yet', files: {}, args: ['issues', '--today', '2026-11-24'], exit: 0, en: ['No issues raised since 2026-08-26 in talks.db.'], zh: ['talks.db 中没有 2026-08-26 以来提出的问题。'] },
    { name: 'record a plan that does not exist', files: {}, args: rec(), exit: 1, en: ['this file does not exist'], zh: ['找不到此文件'] },
    { name: 'record a text file named .xlsx', files: { 'plan.xlsx': 'hello' }, args: rec(), exit: 1, en: ['this file is not an Excel workbook (.xlsx) that can be read'], zh: ['此文件不是可以读取的 Excel 工作簿'] },
    { name: 'record a workbook that is not a plan', files: { 'plan.xlsx': () => readFileSync(join(FIX, 'roster.xlsx')) }, args: rec(), exit: 1, en: ['this workbook is not a talks plan'], zh: ['此工作簿不是面谈计划'] },
    { name: 'record a Held that is neither Yes nor No', files: plan(p.badHeld), args: rec(), exit: 1, en: ['"Maybe" is not Yes or No', 'nothing was recorded'], zh: ['“Maybe” 不是“是”或“否”', '本次没有记录任何内容'] },
    { name: 'record a Held on that is no date', files: plan(p.badDate), args: rec(), exit: 1, en: ['"last Tuesday" is not a date'], zh: ['“last Tuesday” 不是日期'] },
    { name: 'record an issue category that does not exist', files: plan(p.badCategory), args: rec(), exit: 1, en: ['"Gossip" is not an issue category'], zh: ['“Gossip” 不是问题类别'] },
    { name: 'record an Agent ID edited to one never planned', files: plan(p.editedId), args: rec(), exit: 1, en: ['row 2, column A (Agent ID): "A999" is not an agent this plan was made for'], zh: ['“A999” 不是此计划中的坐席'] },
    { name: 'record something typed but Held empty', files: plan(p.typedNotHeld), args: rec(), exit: 0, writes: ['talks.db'], en: ['but Held is empty, so this talk was not recorded'], zh: ['但“是否已面谈”为空，此次面谈未记录'] },
    { name: 'record a filled-in plan (a run that works)', files: plan(p.held), args: rec(), exit: 0, writes: ['talks.db'], en: ['Recorded 1 talk'], zh: ['1'] },
];
