import type { Command } from 'commander';
import { writePlanWorkbook } from '../io/workbook/plan-workbook.js';
import { addPrepSheets } from '../io/workbook/prep-sheets.js';
import { writeFileAtomic } from '../io/atomic.js';
import { textError, usageError } from '../errors.js';
import { systemFailure } from '../text/errors.js';
import { renderIcs } from '../io/ics.js';
import { isoWeekLabel } from '../model/day.js';
import { weekFor } from '../schedule/week.js';
import { formatOption } from './options.js';
import type { Out } from './output.js';
import { localTimeZone } from './context.js';
import { runPlan } from './plan-run.js';
import { planCsv, planJson, planTable } from './plan-output.js';
import { addPlanningOptions, checkPaths, planningFrom, type PlanningOptions } from './plan-options.js';
import { useColor } from './render.js';
import { printWarnings } from './warnings-out.js';
import { progressLine } from './progress.js';
import { count } from '../text/count.js';

interface PlanOpts extends PlanningOptions {
  ics?: string;
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
    throw usageError(`--tz ${tz} is not a time zone.`, 'Use a name like Asia/Shanghai, Europe/London or America/New_York.');
  }
}

async function planAction(out: Out, roster: string, o: PlanOpts): Promise<void> {
  const progress = progressLine(out);
  const { lang, today, run } = planningFrom(roster, o, progress.onProgress);
  const file = o.output ?? `talks-plan-${isoWeekLabel(weekFor(today, o.week).start)}.xlsx`;
  if (!o.workbook && o.output !== undefined) throw usageError('-o names the workbook to write, and --no-workbook says to write none.', 'Leave out one of them.');
  const workbook = o.workbook ? [{ path: file, option: '-o', ext: '.xlsx' }] : [];
  checkPaths(roster, o, [...workbook, ...(o.ics ? [{ path: o.ics, option: '--ics', ext: '.ics' }] : [])]);
  const tz = checkTimeZone(o.tz ?? localTimeZone());

  const plan = await runPlan(run).finally(progress.done);
  const ics = o.ics ? renderIcs(plan.talks, { tz, week: plan.week, lang, now: new Date() }) : undefined;
  if (o.format === 'json') out.data(planJson(plan, lang));
  else if (o.format === 'csv') out.data(planCsv(plan, lang));
  else out.data(planTable(plan, lang, useColor(out), out.columns));
  // A run whose report could not be written leaves no workbook; a reader that closed the pipe (`| head`) still gets one.
  const failed = await out.flush?.();
  if (failed && failed.code !== 'EPIPE') throw textError('stdout-failed', systemFailure(failed));
  if (o.workbook) await writePlanWorkbook(file, plan, lang, addPrepSheets);
  if (o.ics && ics !== undefined) writeFileAtomic(o.ics, ics);
  if (!o.workbook) {
    printWarnings(out, plan.warnings, lang === 'en' ? 'the JSON output (--format json) lists them all' : '完整列表见 JSON 输出（--format json）', lang);
    if (o.ics) out.message(lang === 'en' ? `Wrote ${o.ics}; no workbook (--no-workbook).` : `已写入 ${o.ics}；未写工作簿（--no-workbook）。`);
    return;
  }
  printWarnings(out, plan.warnings, lang === 'en' ? `see the Data check sheet of ${file}` : `见 ${file} 的“数据检查”表`, lang);
  const also = o.ics ? (lang === 'en' ? ` and ${o.ics}` : `和 ${o.ics}`) : '';
  out.message(
    lang === 'en'
      ? `Wrote ${file}${also}: ${count(plan.talks.length, 'talk')}, ${plan.backlog.length} in the backlog, ${count(plan.warnings.length, 'note')} (Data check sheet).`
      : `已写入 ${file}${also}：${plan.talks.length} 场面谈，待办 ${plan.backlog.length} 场，提示 ${plan.warnings.length} 条（见“数据检查”表）。`,
  );
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('plan')
    .description("Plan this week's one-on-one talks and write the plan workbook (schedule, team-lead sheet, backlog, prep sheets).")
    .argument('<roster>', 'the HR roster (.xlsx or .csv); its KPI sheets are used when --kpi is not given')
    .option('--ics <file>', "also write the week's talks as calendar events (.ics) for Outlook or Google Calendar")
    .option('--no-workbook', 'print the plan (--format json|csv|table) without writing the workbook, e.g. in scripts and pipes')
    .option('--tz <zone>', 'time zone of the talk times in the .ics file, e.g. Asia/Shanghai (default: the system time zone)')
    .addOption(formatOption());
  addPlanningOptions(cmd, { output: 'talks-plan-<ISO week>.xlsx' });
  cmd.action((roster: string, o: PlanOpts) => planAction(out, roster, o));
}
