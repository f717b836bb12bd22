import type { MessageCase } from './grouped.js';
import { buildZip, workbookZip } from '../helpers/zip-build.js';
import { KPI_CSV, ROSTER_CSV, rosterWith, TODAY } from './inputs.js';

const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);
const plan = (file: string, extra: string[] = []) => ['plan', file, ...TODAY, ...extra];

const file = (name: string, content: string | Buffer | (() => Buffer), exit: number, en: string[], zh: string[], args = plan(name)): MessageCase => ({
  name: `${args[0]} on ${name}: ${en[0]}`,
  files: { [name]: content },
  args,
  exit,
  en,
  zh,
  both: [name],
});

/** Files that are not what they should be: named, with what to do. */
export const FILE_CASES: MessageCase[] = [
  { name: 'a roster that does not exist', files: {}, args: plan('roster.xlsx'), exit: 1, en: ['File not found', 'Check the path'], zh: ['找不到此文件'] },
  { name: 'a KPI file that does not exist', files: { 'roster.csv': ROSTER_CSV }, args: plan('roster.csv', ['--kpi', 'kpi.xlsx']), exit: 1, both: ['kpi.xlsx'], en: ['File not found'], zh: ['找不到此文件'] },
  { name: 'a shifts file that does not exist', files: { 'roster.csv': ROSTER_CSV }, args: plan('roster.csv', ['--shifts', 'wfm.csv']), exit: 1, both: ['wfm.csv'], en: ['File not found'], zh: ['找不到此文件'] },
  { name: 'a folder given as the roster', files: { 'roster.xlsx/': '' }, args: plan('roster.xlsx'), exit: 1, en: ['This is a folder, not a file'], zh: ['这是一个文件夹'] },
  file('roster.csv', '', 1, ['The file is empty'], ['文件是空的']),
  file('roster.xlsx', '', 1, ['The file is empty'], ['文件是空的']),
  file('roster.xls', 'old', 1, ['Old-style .xls workbooks cannot be read'], ['无法读取旧版 .xls 工作簿']),
  file('roster.pdf', '%PDF-1.4', 1, ['Cannot read ".pdf" files'], ['无法读取“.pdf”文件']),
  file('roster.docx', 'PK', 1, ['Cannot read ".docx" files'], ['无法读取“.docx”文件']),
  file('roster', 'Agent ID', 1, ['Cannot read "no extension" files'], ['无法读取“—”文件']),
  file('roster.xlsx', 'this is text, not a zip', 1, ['cannot be read as an Excel workbook'], ['无法把此文件读取为 Excel 工作簿']),
  file('roster.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 1, ['cannot be read as an Excel workbook'], ['Excel 工作簿']),
  file('roster.xlsx', () => workbookZip({}).subarray(0, 200), 1, ['cannot be read as an Excel workbook'], ['Excel 工作簿']),
  file('roster.xlsx', () => buildZip([{ name: 'hello.txt', data: 'hi' }]), 1, ['cannot be read as an Excel workbook'], ['Excel 工作簿']),
  file('roster.xlsx', OLE, 1, ['old-style Excel 97–2003 workbook (.xls) with an .xlsx name'], ['旧版 Excel 97–2003 工作簿']),
  file('roster.csv', 'just,some,words\nno,header,here\n', 1, ['No header row with agent ID and hire date columns was found', 'Accepted headers for agent ID: Agent ID'], ['没有找到含工号、入职日期列的表头行']),
  file('roster.csv', 'Agent ID,Name,Team\nA1,Ann,T1\n', 1, ['No hire date column. Columns found: "Agent ID", "Name", "Team"'], ['没有入职日期列。找到的列：']),
  file('roster.csv', 'Agent ID,Name,Team,Hire Date\n', 1, ['has a header row (row 1) but no agent rows under it'], ['花名册有表头行（第 1 行），但下面没有坐席数据行']),
  file('roster.csv', rosterWith('A1,Ann,T1,Li,2024-13-01,Active\nA2,Bo,T1,Li,someday,Active\n'), 1, ["None of the roster's 2 rows could be read", '"2024-13-01" is not a date'], ['花名册的 2 行都无法读取', '“2024-13-01”']),
  file('roster.csv', rosterWith('A1,Ann,T1,Li,2024-01-01,Active\nA1,Ann again,T1,Li,2024-01-01,Active\n'), 1, ['Agent ID "A1" appears twice, in rows 2 and 3', 'remove or correct the duplicate row'], ['工号“A1”出现了两次，在第 2 行和第 3 行']),
  file('roster.csv', KPI_CSV, 1, ['This file looks like KPI data', 'Pass it with --kpi'], ['此文件看起来是KPI数据', '请用 --kpi 传入']),
  {
    name: 'a KPI file without any metric column',
    files: { 'roster.csv': ROSTER_CSV, 'kpi.csv': 'Agent ID,Week,Mood\nA1,2026-11-02,good\n' },
    args: plan('roster.csv', ['--kpi', 'kpi.csv']),
    exit: 1,
    both: ['kpi.csv'],
    en: ['A KPI file needs a header row'],
    zh: ['KPI文件需要一个表头行'],
  },
  {
    name: 'a shifts file without start and end',
    files: { 'roster.csv': ROSTER_CSV, 'wfm.csv': 'Agent ID,Date,Mood\nA1,2026-11-23,ok\n' },
    args: plan('roster.csv', ['--shifts', 'wfm.csv']),
    exit: 1,
    both: ['wfm.csv'],
    en: ['A shifts file needs a header row'],
    zh: ['排班文件需要一个表头行'],
  },
  {
    name: 'a --sheet the workbook does not have',
    files: { 'roster.xlsx': () => workbookZip({}) },
    args: plan('roster.xlsx', ['--sheet', 'Staff']),
    exit: 1,
    en: ['There is no sheet named "Staff"', '"Roster"'],
    zh: ['没有名为“Staff”的工作表', '工作簿中的工作表：'],
  },
  {
    name: 'a calendar file without a date column',
    files: { 'roster.csv': ROSTER_CSV, 'cal.csv': 'When,Kind\nMonday,off\n' },
    args: plan('roster.csv', ['--calendar', 'cal.csv']),
    exit: 1,
    en: ['No Date column found in the calendar file cal.csv'],
    zh: ['日历文件 cal.csv 中没有日期列'],
  },
];

/** Cells that cannot be read: a warning names file, row, column and what was done; the run goes on. */
const warned = (name: string, rows: string, en: string[], zh: string[], header?: string): MessageCase => ({
  name,
  files: { 'roster.csv': rosterWith(`A0,Zoe,T1,Li,2020-01-06,Active\n${rows}`, header) },
  args: ['check', 'roster.csv'],
  exit: 0,
  en,
  zh,
  both: ['roster.csv'],
});

export const CELL_CASES: MessageCase[] = [
  warned('a hire date that is no date', 'A1,Ann,T1,Li,2024-13-01,Active\n', ['row 3, column E (Hire Date): "2024-13-01" is not a date; write dates as 2026-11-23; the row was skipped'], ['第 3 行，列 E (Hire Date): “2024-13-01” 不是日期；日期请写成 2026-11-23；已跳过此行']),
  warned('an empty hire date', 'A1,Ann,T1,Li,,Active\n', ['The hire date is empty; the row was skipped'], ['入职日期为空；已跳过此行']),
  warned('a day-first date', 'A1,Ann,T1,Li,23/11/2024,Active\n', ['read month first'], ['按月在前读取']),
  warned('a hire date that does not exist', 'A1,Ann,T1,Li,2024-02-31,Active\n', ['"2024-02-31" is not a date'], ['“2024-02-31” 不是日期']),
  warned('a row without an agent ID', ',Ann,T1,Li,2024-01-01,Active\n', ['The row has no agent ID; the row was skipped'], ['此行没有工号；已跳过此行']),
  warned('a status nobody knows', 'A1,Ann,T1,Li,2024-01-01,Holiday\n', ['"Holiday" is not a known status', 'the agent was treated as active'], ['“Holiday”', '该坐席按在职处理']),
  warned('a lead flag nobody knows', 'A1,Ann,T1,Li,2024-01-01,Active,grumpy\n', ['"grumpy" is not a known lead flag', 'the lead flag was ignored'], ['不是可识别的组长反馈', '已忽略组长反馈'], 'Agent ID,Name,Team,Team Lead,Hire Date,Status,Lead Flag'),
  warned('a leaving date that is no date', 'A1,Ann,T1,Li,2024-01-01,Left,soon\n', ['"soon" is not a date', 'was ignored'], ['“soon”', '已忽略'], 'Agent ID,Name,Team,Team Lead,Hire Date,Status,Leaving Date'),
  warned('a leaving date before the hire date', 'A1,Ann,T1,Li,2024-01-01,Left,2023-01-01\n', ['The leaving date 2023-01-01 is before the hire date 2024-01-01'], ['离职日期 2023-01-01 早于入职日期 2024-01-01'], 'Agent ID,Name,Team,Team Lead,Hire Date,Status,Leaving Date'),
  warned('duplicate IDs under check', 'A0,Zoe again,T1,Li,2020-01-06,Active\n', ['Agent ID "A0" appears twice'], ['工号“A0”出现了两次']),
  {
    name: 'KPI cells that are not numbers',
    files: { 'roster.csv': ROSTER_CSV, 'kpi.csv': 'Agent ID,Week,Calls,CSAT\nA1,2026-11-02,many,91%\nA2,2026-11-02,400,loads\nA3,2026-11-02,-5,120%\n' },
    args: ['check', 'roster.csv', '--kpi', 'kpi.csv'],
    exit: 0,
    en: ['"many" is not a count', '"loads" is not a percentage', '"120%" is not a percentage between 0 and 100', 'value was left out'],
    zh: ['“many” 不是数量', '“loads” 不是百分比', '不是 0 到 100 之间的百分比', '数值'],
  },
  {
    name: 'KPI rows without a period',
    files: { 'roster.csv': ROSTER_CSV, 'kpi.csv': 'Agent ID,Week,Calls\nA1,,400\nA2,week five,300\n' },
    args: ['check', 'roster.csv', '--kpi', 'kpi.csv'],
    exit: 0,
    en: ['The row has no period (date, week or month); the row was skipped', '"week five" is not a date'],
    zh: ['此行没有周期（日期、周或月）；已跳过此行', '“week five” 不是日期'],
  },
  {
    name: 'a shifts file with times that are not times',
    files: { 'roster.csv': ROSTER_CSV, 'wfm.csv': 'Agent ID,Date,Start,End\nA1,2026-11-23,nine,18:00\nA2,2026-11-23,09:00,\n' },
    args: ['plan', 'roster.csv', '--shifts', 'wfm.csv', '--no-workbook', ...TODAY],
    exit: 0,
    en: ['"nine" is not a time of day', 'the shift was skipped'],
    zh: ['“nine” 不是时刻', '已跳过此班次'],
  },
  {
    name: 'a calendar file with rows it cannot read',
    files: { 'roster.csv': ROSTER_CSV, 'cal.csv': 'Date,Type\nnot a day,holiday\n2026-11-24,picnic\n,holiday\n' },
    args: ['plan', 'roster.csv', '--calendar', 'cal.csv', '--no-workbook', ...TODAY],
    exit: 0,
    en: ['"not a day" is not a date; write it as YYYY-MM-DD. The row is skipped', 'The type of 2026-11-24 is "picnic"'],
    zh: ['“not a day”不是日期', '2026-11-24 的类型是“picnic”'],
  },
  {
    name: 'KPI by name that match no agent',
    files: { 'roster.csv': ROSTER_CSV, 'kpi.csv': 'Agent Name,Week,Calls\nAnn Lee,2026-11-02,400\nNobody,2026-11-02,300\n' },
    args: ['check', 'roster.csv', '--kpi', 'kpi.csv'],
    exit: 0,
    en: ['no agent ID column, so agents were matched by name'],
    zh: ['按姓名匹配坐席'],
  },
];
