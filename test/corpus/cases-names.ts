import type { MessageCase } from './grouped.js';
import { rosterWith, ROSTER_CSV, TODAY } from './inputs.js';

const named = (file: string): MessageCase => ({
  name: `a roster named ${JSON.stringify(file)}`,
  files: { [file]: ROSTER_CSV },
  args: ['plan', file.startsWith('-') ? `./${file}` : file, '-o', 'plan.xlsx', ...TODAY],
  exit: 0,
  writes: ['plan.xlsx'],
  both: ['plan.xlsx'],
});

const missingNamed = (file: string): MessageCase => ({
  name: `a missing roster named ${JSON.stringify(file)}`,
  files: {},
  args: ['check', file],
  exit: 1,
  both: [file],
  en: ['File not found'],
  zh: ['找不到此文件'],
});

const people = (rows: string, name: string, words: { en?: string[]; zh?: string[]; both?: string[] } = {}): MessageCase => ({
  name,
  files: { 'roster.csv': rosterWith(rows) },
  args: ['plan', 'roster.csv', '-o', 'plan.xlsx', '--ics', 'week.ics', '--tz', 'Asia/Shanghai', ...TODAY],
  exit: 0,
  writes: ['plan.xlsx', 'week.ics'],
  ...words,
});

/** Odd names in files and people: the run works, or the file is named as the user typed it. */
export const NAME_CASES: MessageCase[] = [
  named('roster with spaces.csv'),
  named('花名册 2026年11月.csv'),
  named("O'Neill's team.csv"),
  named('-dash.csv'),
  named('roster.CSV'),
  named('roster;rm -rf.csv'),
  named(`${'long'.repeat(50)}.csv`),
  missingNamed('名单.xlsx'),
  missingNamed("it's gone.csv"),
  missingNamed('no such/folder/roster.csv'),
  people("A1,Chloe O'Neill,T'1,Li 'Na',2024-01-08,Active\n", 'apostrophes in names, teams and leads'),
  people('A1,=HYPERLINK("http://x"),+T1,-Li,2024-01-08,Active\nA2,@cmd,T1,Li,2023-01-01,Active\n', 'names that look like formulas'),
  people('A1,Zoë 🚀 Ünal,T1,Li,2024-01-08,Active\n', 'emoji and accents'),
  people('A1,محمد علي,T1,Li,2024-01-08,Active\n', 'right-to-left names'),
  people('A1,Ann\u0001Bell\u0007,T1,Li\u001b,2024-01-08,Active\n', 'control characters in names'),
  people(`A1,${'N'.repeat(40_000)},T1,Li,2024-01-08,Active\n`, 'a name longer than a cell holds', { en: ['characters long; only the first 32767'], zh: ['只保留了前 32767 个'] }),
  people('A1,"Ann, ""the boss"" Lee",T1,Li,2024-01-08,Active\n', 'quotes and commas inside a name'),
  people('A1,   ,T1,Li,2024-01-08,Active\n', 'a name that is only spaces'),
  people('  A1  ,Ann,T1,Li,2024-01-08,Active\n', 'an ID with spaces around it'),
  people('A1,Ann\nBell,T1,Li,2024-01-08,Active\n'.replace('Ann\nBell', '"Ann\nBell"'), 'a line break inside a quoted name'),
];
