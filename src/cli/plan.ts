import type { Command } from 'commander';

import { buildPlanWorkbook } from '../io/workbook/plan-workbook.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic.js';
import { isoWeekLabel } from '../model/day.js';
import { dayArg, formatOption } from './options.js';
import type { Out } from './output.js';
import { localToday, resolveLang } from './context.js';
import { parsePositiveInt, runPlan } from './plan-run.js';
import { planCsv, planJson, planTable } from './plan-output.js';
import { useColor } from './render.js';
import { printWarnings } from './warnings-out.js';
import { addInputOptions, collect, type InputOptions } from './input-options.js';
import { addPrepSheets } from '../io/workbook/prep-sheets.js';

interface PlanOpts extends InputOptions {
  today?: string;
  week?: string;
  capacity?: number;
  perDay?: number;
  calendar?: string;
  lang?: string;
  output?: string;
  force?: boolean;
  format: 'table' | 'json' | 'csv';
}

async function planAction(out: Out, roster: string, o: PlanOpts): Promise<void> {
  const lang = resolveLang(o.lang);
  const today = o.today ?? localToday();
  const plan = await runPlan({ roster, kpi: o.kpi, today, week: o.week, capacity: o.capacity, perDay: o.perDay, calendar: o.calendar, lang, sheet: o.sheet, kpiSheet: o.kpiSheet, encoding: o.encoding });
  const file = o.output ?? `talks-plan-${isoWeekLabel(plan.week.start)}.xlsx`;
  checkOutputPath(file, [roster, ...o.kpi], !!o.force);
  const wb = buildPlanWorkbook(plan, lang, addPrepSheets);
  writeFileAtomic(file, Buffer.from(await wb.xlsx.writeBuffer()));

  if (o.format === 'json') out.data(planJson(plan, lang));
  else if (o.format === 'csv') out.data(planCsv(plan, lang));
  else out.data(planTable(plan, lang, useColor(out)));
  printWarnings(out, plan.warnings, `see the Data check sheet of ${file}`);
  out.message(
    lang === 'en'
      ? `Wrote ${file}: ${plan.talks.length} talks, ${plan.backlog.length} in the backlog, ${plan.warnings.length} data notes.`
      : `已写入 ${file}：${plan.talks.length} 场面谈，待办 ${plan.backlog.length} 场，数据提示 ${plan.warnings.length} 条。`,
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
    .option('--calendar <calendar>', 'working days: weekdays, cn (China official holidays), a file of holidays/workdays, or cn,FILE', 'weekdays')
    .option('--lang <lang>', 'language of the workbook and messages: en or zh-CN (default: the system locale)')
    .option('-o, --output <file>', 'the workbook to write (default: talks-plan-<ISO week>.xlsx)')
    .option('--force', 'replace the output workbook if it exists')
    .addOption(formatOption());
  addInputOptions(cmd);
  cmd.action((roster: string, o: PlanOpts) => planAction(out, roster, o));
}

