import type { Command } from 'commander';
import { writeFileAtomic } from '../io/write/atomic.js';
import { textError, usageError } from '../errors.js';
import { systemFailure } from '../text/errors.js';
import { isoWeekLabel } from '../model/day.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import type { PlanRun } from './plan-run.js';
import { localTimeZone } from './context.js';
import { centreCsv, centreJson, centreSummary, coverageLine } from './centre-output.js';
import { managerFiles } from './plan-files.js';
import type { Lang } from '../text/labels.js';
import { CENTRE_TEXT } from '../text/centre.js';
import { renderWarning } from './render-error.js';
import { planCsv, planJson, planTable } from './plan-output.js';
import { addPlanningOptions, checkPaths, planningFrom, type PlanningOptions } from './plan-options.js';
import { useColor } from './render.js';
import { printWarnings } from './warnings-out.js';
import { progressLine } from './progress.js';
import { PLAN_LINES } from '../text/plan-lines.js';
import { afterTheRead, keepHeapSmall } from './plan-heap.js';

interface PlanOpts extends PlanningOptions {
  ics?: string;
  manager?: string;
  shifts?: string;
  tz?: string;
  format: 'table' | 'json' | 'csv';
  /** false with --no-workbook: print the plan only, write no file. */
  workbook: boolean;
}

function checkTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    throw usageError('tz-bad', { tz });
  }
}

/** Where each plan's workbook goes: one file, or one per manager with the manager in its name. */
function workbookFiles(run: PlanRun, o: PlanOpts): Map<string, string> {
  const single = o.output ?? `talks-plan-${isoWeekLabel(run.week.start)}.xlsx`;
  if (!run.byManager) return new Map([['', single]]);
  if (o.manager !== undefined && o.output) return new Map([[o.manager, o.output]]);
  return managerFiles(run.plans.map((p) => p.manager ?? ''), o.output ?? `talks-plan-${isoWeekLabel(run.week.start)}`);
}

function printData(out: Out, run: PlanRun, files: Map<string, string>, o: PlanOpts, lang: Lang): void {
  const one = run.plans.length === 1 ? run.plans[0] : undefined;
  if (o.format === 'json') out.data(run.byManager ? centreJson(run.plans, run.shared, lang) : planJson(one!, lang));
  else if (o.format === 'csv') out.data(run.byManager ? centreCsv(run.plans, lang) : planCsv(one!, lang));
  else {
    if (run.byManager) out.data(centreSummary(run.plans, files, lang, useColor(out), out.columns));
    if (one) out.data(planTable(one, lang, useColor(out), out.columns, o.workbook));
  }
}

function printMessages(out: Out, run: PlanRun, files: Map<string, string>, o: PlanOpts, lang: Lang): void {
  const T = PLAN_LINES[lang];
  const first = [...files.values()][0];
  const where = run.byManager ? T.dataCheckEach : T.dataCheckOf(first);
  // The forecast's verdict, when it is not already a warning.
  if (o.format === 'table' && run.plans.length === 1 && !run.plans[0].coverage?.short) out.message(coverageLine(run.plans[0], lang));
  printWarnings(out, run.plans.length === 1 ? run.plans[0].warnings : run.shared, where, lang);
  // Several managers: their late urgent talks, named; the summary table above shows who is short.
  if (run.plans.length > 1) {
    for (const p of run.plans) for (const w of p.own.filter((x) => x.code === 'urgent-late')) out.message(`${p.manager || CENTRE_TEXT[lang].noManager}: ${renderWarning(w, lang)}`);
  }
  const talks = run.plans.reduce((n, p) => n + p.talks.length, 0);
  const backlog = run.plans.reduce((n, p) => n + p.backlog.length, 0);
  const notes = run.plans.reduce((n, p) => Math.max(n, p.warnings.length), 0);
  const also = o.ics ? T.alsoIcs(o.ics) : '';
  const what = files.size === 1 ? first : T.workbooks(files.size);
  out.message(T.wrote({ what, also, talks, backlog, notes }));
}

async function planAction(out: Out, roster: string, o: PlanOpts): Promise<void> {
  // Loaded here, not at start-up: `talks --help` and the other commands do not pay for them.
  const [{ runPlan }, { writePlanWorkbook }, { addPrepSheets }, { renderIcs }] = await Promise.all([
    import('./plan-run.js'),
    import('../io/write/workbook/plan-workbook.js'),
    import('../io/write/workbook/prep-sheets.js'),
    import('../io/write/ics.js'),
  ]);
  const progress = progressLine(out);
  const { lang, run: options } = planningFrom(roster, o, progress.onProgress);
  if (!o.workbook && o.output !== undefined) throw usageError('workbook-conflict');
  const inputs = o.shifts ? [o.shifts] : [];
  const ics = o.ics ? [{ path: o.ics, option: '--ics', ext: '.ics' }] : [];
  checkPaths(roster, o, [...(o.output ? [{ path: o.output, option: '-o', ext: '.xlsx' }] : []), ...ics], inputs);
  // A --tz given is checked even without --ics; the system's zone is looked up (~20 ms of time-zone data) only for a calendar.
  const tz = o.tz === undefined ? undefined : checkTimeZone(o.tz);

  const run = await runPlan({ ...options, manager: o.manager, shifts: o.shifts }).finally(progress.done);
  // The plans keep their own agents' trend rows only: the centre's KPI store is garbage now.
  afterTheRead(o.workbook ? run.plans.length : 0);
  const files = o.workbook ? workbookFiles(run, o) : new Map<string, string>();
  // Every file (one per manager) is checked before the first is written.
  checkPaths(roster, o, [...[...files.values()].map((path) => ({ path, option: '-o', ext: '.xlsx' })), ...ics], inputs);
  const events = o.ics ? renderIcs(run.plans.flatMap((p) => p.talks), { tz: tz ?? localTimeZone(), week: run.week, lang, now: new Date() }) : undefined;
  printData(out, run, files, o, lang);
  // A run whose report could not be written leaves no workbook; a reader that closed the pipe (`| head`) still gets one.
  keepHeapSmall();
  const failed = await out.flush?.();
  if (failed && failed.code !== 'EPIPE') throw textError('stdout-failed', systemFailure(failed));
  for (const plan of run.plans) {
    const file = files.get(plan.manager ?? '');
    if (file !== undefined) await writePlanWorkbook(file, plan, lang, addPrepSheets);
    keepHeapSmall();
  }
  if (o.ics && events !== undefined) writeFileAtomic(o.ics, events);
  if (!o.workbook) {
    const warnings = run.plans.length === 1 ? run.plans[0].warnings : run.shared;
    printWarnings(out, warnings, PLAN_LINES[lang].inJson, lang);
    if (o.ics) out.message(PLAN_LINES[lang].wroteIcsOnly(o.ics));
    return;
  }
  printMessages(out, run, files, o, lang);
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('plan'), 'plan')
    .argument('<roster>');
  addOptions(cmd, ['ics', 'workbook', 'manager', 'shifts', 'tz', 'format']);
  addPlanningOptions(cmd, 'planOutput');
  cmd.action((roster: string, o: PlanOpts) => planAction(out, roster, o));
}
