import type { Command } from 'commander';
import { buildPlanWorkbook } from '../io/workbook/plan-workbook.js';
import { addPrepSheets } from '../io/workbook/prep-sheets.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic.js';
import { renderIcs } from '../io/ics.js';
import { isoWeekLabel } from '../model/day.js';
import { weekFor } from '../schedule/week.js';
import { dayArg, formatOption, historyOption } from './options.js';
import type { Out } from './output.js';
import { localToday, localTimeZone, resolveLang } from './context.js';
import { parsePositiveInt, runPlan } from './plan-run.js';
import { planCsv, planJson, planTable } from './plan-output.js';
import { useColor } from './render.js';
import { printWarnings } from './warnings-out.js';
import { addInputOptions, collect, type InputOptions } from './input-options.js';
import { readConfig } from '../io/config-read.js';

interface PlanOpts extends InputOptions {
  today?: string;
  week?: string;
  capacity?: number;
  perDay?: number;
  calendar?: string;
  lang?: string;
  output?: string;
  force?: boolean;
  history: string;
  ics?: string;
  tz?: string;
  format: 'table' | 'json' | 'csv';
}

async function planAction(out: Out, roster: string, o: PlanOpts): Promise<void> {
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const today = o.today ?? localToday();
  const inputs = [roster, ...o.kpi, o.history];
  const file = o.output ?? `talks-plan-${isoWeekLabel(weekFor(today, o.week).start)}.xlsx`;
  checkOutputPath(file, inputs, !!o.force);
  if (o.ics) checkOutputPath(o.ics, [...inputs, file], !!o.force);
  const tz = o.tz ?? localTimeZone();

  const plan = await runPlan({ roster, kpi: o.kpi, today, week: o.week, capacity: o.capacity, perDay: o.perDay, calendar: o.calendar, lang, history: o.history, config, sheet: o.sheet, kpiSheet: o.kpiSheet, encoding: o.encoding });
  const ics = o.ics ? renderIcs(plan.talks, { tz, week: plan.week, lang }) : undefined;
  const wb = buildPlanWorkbook(plan, lang, addPrepSheets);
  writeFileAtomic(file, Buffer.from(await wb.xlsx.writeBuffer()));
  if (o.ics && ics !== undefined) writeFileAtomic(o.ics, ics);

  if (o.format === 'json') out.data(planJson(plan, lang));
  else if (o.format === 'csv') out.data(planCsv(plan, lang));
  else out.data(planTable(plan, lang, useColor(out)));
  printWarnings(out, plan.warnings, `see the Data check sheet of ${file}`);
  const also = o.ics ? (lang === 'en' ? ` and ${o.ics}` : `和 ${o.ics}`) : '';
  out.message(
    lang === 'en'
      ? `Wrote ${file}${also}: ${plan.talks.length} talks, ${plan.backlog.length} in the backlog, ${plan.warnings.length} data notes.`
      : `已写入 ${file}${also}：${plan.talks.length} 场面谈，待办 ${plan.backlog.length} 场，数据提示 ${plan.warnings.length} 条。`,
  );
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('plan')
    .description("Plan this week's one-on-one talks and write the plan workbook (schedule, team-lead sheet, backlog, prep sheets).")
    .argument('<roster>', 'the HR roster (.xlsx or .csv); its KPI sheets are used when --kpi is not given')
    .option('--kpi <file>', 'a KPI export (.xlsx or .csv); repeat for several files', collect, [])
    .option('--today <date>', "today's date, YYYY-MM-DD (default: the system date)", dayArg('--today'))
    .option('--week <date>', 'plan the ISO week containing this date (default: this week; next week on a weekend)', dayArg('--week'))
    .option('--capacity <n>', 'talks per week (default 10)', parsePositiveInt('--capacity'))
    .option('--per-day <n>', 'talks per day (default 3)', parsePositiveInt('--per-day'))
    .option('--calendar <calendar>', 'working days: weekdays (default), cn (China official holidays), a file of holidays/workdays, or cn,FILE')
    .option('--lang <lang>', 'language of the workbook and messages: en or zh-CN (default: the system locale)')
    .option('-o, --output <file>', 'the workbook to write (default: talks-plan-<ISO week>.xlsx)')
    .option('--force', 'replace the output files if they exist')
    .addOption(historyOption())
    .option('--ics <file>', "also write the week's talks as calendar events (.ics) for Outlook or Google Calendar")
    .option('--tz <zone>', 'time zone of the talk times in the .ics file, e.g. Asia/Shanghai (default: the system time zone)')
    .addOption(formatOption());
  addInputOptions(cmd);
  cmd.action((roster: string, o: PlanOpts) => planAction(out, roster, o));
}
