import type { ChangeToAsk, NoticeItem } from '../model/archive.js';
import type { Day } from '../model/types.js';
import { CATEGORY_LABELS, type IssueCategory, type Lang } from './labels.js';

/** Below this many agents the notice says "raised in one-on-one talks", so no one is singled out. */
export const NOTICE_MIN_COUNT = 3;

const one = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const RESOLVE_TEXT = {
  en: {
    state: (on: Day | null) => (on === null ? 'open' : `resolved ${on}`),
    stateHead: 'State',
    refHead: 'Ref',
    resolvedHead: (since: Day) => `Resolved since ${since}:`,
    resolutionsHead: ['From', 'Issue category', 'What we changed', 'Issues', 'Agents'],
    recorded: (what: string, text: string, on: Day, issues: number, agents: string[]) =>
      `Resolved ${what}: “${one(text)}” from ${on}. It closes ${issues} issue${issues === 1 ? '' : 's'} raised by ${agents.length} agent${agents.length === 1 ? '' : 's'}: ${agents.join(', ')}.`,
    closedHead: ['Ref', 'Agent ID', 'Raised on', 'Issue category', 'Issue'],
    after: 'Their next prep forms ask how the change works for them. To tell the team: talks issues --notice -o notice.md',
    category: (c: IssueCategory) => `the ${CATEGORY_LABELS.en[c]} issues`,
    picked: (n: number) => `${n} picked issue${n === 1 ? '' : 's'}`,
    nothingOpen: (c: IssueCategory, on: Day) => `There is no open ${CATEGORY_LABELS.en[c]} issue raised on or before ${on}: nothing was recorded.`,
    unknownRef: (refs: string[]) => `There is no raised issue ${refs.join(', ')}: nothing was recorded.`,
    already: (refs: string[]) => `${refs.join(', ')} ${refs.length === 1 ? 'is' : 'are'} already resolved: nothing was recorded.`,
    seeIssues: 'Run "talks issues" to see each issue with its Ref (agent/talk date/issue number) and its state.',
    noNotice: (since: Day) => `No issue was resolved from ${since} on: there is nothing to publish. Record what was done with "talks resolve".`,
    noticeWritten: (file: string, n: number) => `Wrote the team notice (${n} change${n === 1 ? '' : 's'}) to ${file}. It names no agent.`,
  },
  'zh-CN': {
    state: (on: Day | null) => (on === null ? '未解决' : `${on} 已解决`),
    stateHead: '状态',
    refHead: '编号',
    resolvedHead: (since: Day) => `${since} 以来已解决：`,
    resolutionsHead: ['生效日期', '问题类别', '我们的改变', '问题数', '坐席'],
    recorded: (what: string, text: string, on: Day, issues: number, agents: string[]) =>
      `已记录${what}的处理：“${one(text)}”，自 ${on} 起。关闭 ${agents.length} 名坐席提出的 ${issues} 个问题：${agents.join('、')}。`,
    closedHead: ['编号', '工号', '提出日期', '问题类别', '问题'],
    after: '这些坐席的下一份面谈准备表会询问此改变对他们的效果。通知团队：talks issues --notice -o notice.md',
    category: (c: IssueCategory) => `“${CATEGORY_LABELS['zh-CN'][c]}”类问题`,
    picked: (n: number) => `所选 ${n} 个问题`,
    nothingOpen: (c: IssueCategory, on: Day) => `没有 ${on} 或之前提出、尚未解决的“${CATEGORY_LABELS['zh-CN'][c]}”类问题：未记录任何内容。`,
    unknownRef: (refs: string[]) => `没有编号为 ${refs.join('、')} 的问题：未记录任何内容。`,
    already: (refs: string[]) => `${refs.join('、')} 已经解决：未记录任何内容。`,
    seeIssues: '运行 "talks issues" 查看每个问题的编号（工号/面谈日期/问题序号）和状态。',
    noNotice: (since: Day) => `${since} 以来没有已解决的问题：没有可发布的内容。请先用 "talks resolve" 记录处理结果。`,
    noticeWritten: (file: string, n: number) => `团队通知（${n} 项改变）已写入 ${file}。通知中不含任何坐席姓名。`,
  },
} as const;

/** The question on the next prep form of an agent who raised an issue that was resolved. */
export function changeQuestion(c: ChangeToAsk, lang: Lang): string {
  const cat = CATEGORY_LABELS[lang][c.category];
  return lang === 'en'
    ? `You raised an issue (${cat}); from ${c.on} we changed this: “${one(c.text)}”. How is it working for you?`
    : `你提出过的问题（${cat}），我们自 ${c.on} 起做了改变：“${one(c.text)}”。这对你的效果如何？`;
}

function raisedBy(n: number, lang: Lang): string {
  if (n < NOTICE_MIN_COUNT) return lang === 'en' ? 'raised in one-on-one talks' : '在一对一面谈中提出';
  return lang === 'en' ? `raised by ${n} agents` : `${n} 名坐席提出`;
}

/**
 * The notice to publish to the team: each change with what it answers and from when. Names no
 * agent, and below NOTICE_MIN_COUNT agents does not even say how many raised it.
 */
export function noticeText(items: readonly NoticeItem[], today: Day, lang: Lang, markdown: boolean): string {
  const en = lang === 'en';
  const h1 = markdown ? '# ' : '';
  const h2 = markdown ? '## ' : '';
  const lines = [
    `${h1}${en ? 'What we changed after your feedback' : '根据大家的反馈，我们做了这些改变'}`,
    '',
    en
      ? `Team notice, ${today}. In our one-on-one talks you told us what gets in your way; this is what we did about it.`
      : `团队通知，${today}。大家在一对一面谈中谈到了工作中的困难，以下是我们的处理。`,
  ];
  for (const item of items) {
    const cats = item.categories.map((c) => CATEGORY_LABELS[lang][c]).join(en ? ', ' : '、');
    lines.push('', `${h2}${cats} — ${raisedBy(item.agents, lang)}`);
    lines.push(en ? `What we changed: ${one(item.text)}` : `我们的改变：${one(item.text)}`);
    lines.push(en ? `From: ${item.on}` : `生效日期：${item.on}`);
  }
  lines.push('', en ? 'Tell your team lead or me how these changes work for you.' : '欢迎告诉班组长或我，这些改变对你的效果如何。', '');
  return lines.join('\n');
}
