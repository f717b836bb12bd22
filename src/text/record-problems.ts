import type { CellRef, Problem } from '../model/outcome-problems.js';
import { CATEGORY_LABELS, RULE_LABELS, type Lang } from './labels.js';

const list = (labels: Record<string, string>, sep = ', '): string => Object.values(labels).join(sep);

/** `sheet "Schedule", row 5, column H (Held)`, or a prep form's `sheet "A002 …", cell C12 (Held)`. */
export function cellText(at: CellRef, lang: Lang = 'en'): string {
  if (lang === 'en') return at.form ? `sheet "${at.sheet}", cell ${at.letter}${at.row} (${at.header})` : `sheet "${at.sheet}", row ${at.row}, column ${at.letter} (${at.header})`;
  return at.form ? `工作表“${at.sheet}”，单元格 ${at.letter}${at.row}（${at.header}）` : `工作表“${at.sheet}”，第 ${at.row} 行，列 ${at.letter}（${at.header}）`;
}

function problemEn(p: Problem): string {
  const value = `"${p.value}"`;
  switch (p.code) {
    case 'bad-date':
      return `${value} is not a date: write it as YYYY-MM-DD (e.g. 2026-11-23) or enter a real date.`;
    case 'bad-category':
      return `${value} is not an issue category: pick one of ${list(CATEGORY_LABELS.en)} (or ${list(CATEGORY_LABELS['zh-CN'])}).`;
    case 'bad-talk-type':
      return `${value} is not a talk type: use one of ${list(RULE_LABELS.en)} (or ${list(RULE_LABELS['zh-CN'])}), as "talks plan" wrote it.`;
    case 'bad-held':
      return `${value} is not Yes or No: pick Yes or No (是/否), or leave it empty if the talk has not happened yet.`;
    case 'missing':
      return 'is empty although an outcome is filled in: restore the value "talks plan" wrote.';
    case 'duplicate':
      return `this talk (same agent, date and talk type) is already in row ${p.otherRow}: keep only one of the two rows.`;
    case 'conflict':
      return `${value} here, but ${p.other ? `${cellText(p.other.at)} says "${p.other.value}"` : 'another cell says otherwise'}: the same talk, two answers. Keep one (or make both the same).`;
    case 'unknown-agent':
      return `${value} is not an agent this plan was made for (no prep sheet of the workbook has this ID): the ID was probably edited. Type back the Agent ID "talks plan" wrote in this row (or delete the row if this talk was never planned).`;
  }
}

function problemZh(p: Problem): string {
  const value = `“${p.value}”`;
  switch (p.code) {
    case 'bad-date':
      return `${value} 不是日期：请写成 YYYY-MM-DD（如 2026-11-23），或填入真实日期。`;
    case 'bad-category':
      return `${value} 不是问题类别：请从 ${list(CATEGORY_LABELS['zh-CN'], '、')} 中选择（或 ${list(CATEGORY_LABELS.en)}）。`;
    case 'bad-talk-type':
      return `${value} 不是面谈类型：请使用 ${list(RULE_LABELS['zh-CN'], '、')} 之一（或 ${list(RULE_LABELS.en)}），与 "talks plan" 写出的一致。`;
    case 'bad-held':
      return `${value} 不是“是”或“否”：请选择 是 或 否（Yes/No）；如果面谈还没进行，请留空。`;
    case 'missing':
      return '为空，但已填写了面谈结果：请恢复 "talks plan" 写出的值。';
    case 'duplicate':
      return `这次面谈（同一坐席、日期和面谈类型）已在第 ${p.otherRow} 行：两行只保留一行。`;
    case 'conflict':
      return `此处为 ${value}，但${p.other ? `${cellText(p.other.at, 'zh-CN')}写的是“${p.other.value}”` : '另一个单元格写的不同'}：同一次面谈有两个答案。请保留一个（或改成一致）。`;
    case 'unknown-agent':
      return `${value} 不是此计划中的坐席（工作簿中没有这个工号的面谈准备表）：工号可能被改过。请改回 "talks plan" 在此行写出的工号（如果这次面谈不在计划内，请删除此行）。`;
  }
}

/** What is wrong with a cell of a plan workbook, in `lang`. */
function problemText(p: Problem, lang: Lang = 'en'): string {
  return lang === 'en' ? problemEn(p) : problemZh(p);
}

const MAX_LISTED = 20;

/** The problems of a plan workbook as the lines of one error message. */
export function problemLines(problems: readonly Problem[], lang: Lang): string {
  const lines = problems.slice(0, MAX_LISTED).map((p) => `  ${cellText(p.at, lang)}: ${problemText(p, lang)}`);
  const more = problems.length - MAX_LISTED;
  if (more > 0) lines.push(lang === 'en' ? `  …and ${more} more.` : `  ……另有 ${more} 处。`);
  return lines.join('\n');
}
