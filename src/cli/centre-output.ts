import type { Plan } from '../model/plan.js';
import type { Warning } from '../model/types.js';
import { CENTRE_TEXT, coverageSentence } from '../text/centre.js';
import type { Lang } from '../text/labels.js';
import type { ManagerPlan } from './centre-run.js';
import { CSV_HEADERS, csvRows, talkJson, warningJson } from './plan-output.js';
import { renderCsv, renderJson, renderTable, type Scalar } from './render.js';

const managerName = (p: ManagerPlan, lang: Lang) => p.manager || CENTRE_TEXT[lang].noManager;

/** `{"week", "managers": [{manager, week, talks, backlog, warnings, coverage}], "warnings": [...]}`: shared warnings once. */
export function centreJson(plans: ManagerPlan[], shared: Warning[], lang: Lang): string {
  return renderJson({
    week: plans[0]?.week,
    managers: plans.map((p) => ({
      manager: p.manager ?? '',
      week: p.week,
      talks: p.talks.map((t) => talkJson(t, p, lang)),
      backlog: p.backlog.map((t) => talkJson(t, p, lang)),
      warnings: p.own.map(warningJson),
      coverage: p.coverage,
    })),
    warnings: shared.map(warningJson),
  });
}

/** The talks of every manager, with the manager first on each row. */
export function centreCsv(plans: ManagerPlan[], lang: Lang): string {
  const rows = plans.flatMap((p) => csvRows(p, lang).map((r): Scalar[] => [p.manager ?? '', ...r]));
  return renderCsv(['manager', ...CSV_HEADERS], rows);
}

/** The centre at a glance: per manager, this week's talks, backlog, overdue talks and the cadence forecast. */
export function centreSummary(plans: ManagerPlan[], files: Map<string, string>, lang: Lang, color: boolean, width?: number): string {
  const rows = plans.map((p): Scalar[] => [
    managerName(p, lang),
    p.coverage?.agents ?? p.agents.length,
    p.talks.length,
    p.backlog.length,
    p.backlog.filter((t) => t.overdueDays > 0).length,
    p.coverage ? Math.round(p.coverage.needPerWeek) : null,
    p.settings.schedule.capacity,
    p.coverage?.short ? (p.coverage.firstPassing ?? '—') : '',
    files.get(p.manager ?? '') ?? '',
  ]);
  const short = plans.filter((p) => p.coverage?.short).length;
  const T = CENTRE_TEXT[lang];
  const head = T.summaryHead({ week: String(plans[0]?.week.start), managers: plans.length, short, months: Number(plans[0]?.settings.rules.routineMonths) });
  return `${head}\n${renderTable(T.summaryHeaders, rows, color, width)}\n`;
}

/** The forecast's verdict, a line of its own. */
export function coverageLine(plan: Plan, lang: Lang): string {
  return plan.coverage ? coverageSentence(plan.coverage, lang) : '';
}
