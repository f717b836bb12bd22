import type { Command } from 'commander';
import { basename, extname } from 'node:path';
import { usageError } from '../errors.js';
import { checkOutputPath } from '../io/write/atomic.js';
import { checkInputFile } from '../io/read/tables.js';
import type { ConfigFile } from '../options/config-schema.js';
import { readConfig } from '../io/config-file.js';
import type { Lang } from '../text/labels.js';
import { localTime, localToday, resolveLang } from './context.js';
import { addInputOptions, kpiFiles, type InputOptions } from './input-options.js';
import { addOptions } from './options.js';
import type { PlanRunOptions } from './plan-run.js';

/** The options `plan` and `prep` share: both plan the week. */
export interface PlanningOptions extends InputOptions {
  today?: string;
  week?: string;
  capacity?: number;
  perDay?: number;
  calendar?: string;
  lang?: string;
  output?: string;
  force?: boolean;
  history: string;
}

export function addPlanningOptions(cmd: Command, output: 'planOutput' | 'prepOutput'): Command {
  addOptions(cmd, ['kpi', 'today', 'week', 'capacity', 'perDay', 'calendar', 'lang', output, 'force', 'history']);
  return addInputOptions(cmd);
}

export interface Planning {
  config?: ConfigFile;
  lang: Lang;
  today: string;
  run: PlanRunOptions;
}

/**
 * Before any work: the input files exist and can be read, and each output can be written
 * (an .xlsx workbook where one is expected). Nothing is written until all of this holds.
 */
export function checkPaths(roster: string, o: PlanningOptions, outputs: { path: string; option: string; ext?: string }[], more: string[] = []): void {
  for (const input of [roster, ...kpiFiles(o), ...more]) checkInputFile(input);
  const inputs = [roster, ...kpiFiles(o), ...more, o.history];
  const done: string[] = [];
  for (const { path, option, ext } of outputs) {
    checkOutputPath(path, [...inputs, ...done], !!o.force, option);
    if (ext && extname(path).toLowerCase() !== ext) {
      throw usageError('output-ext', { option, path, ext, example: `${basename(path, extname(path)) || 'plan'}${ext}` });
    }
    done.push(path);
  }
}

/** Reads the config and settles language and today: what a planning command runs with. */
export function planningFrom(roster: string, o: PlanningOptions, onProgress?: PlanRunOptions['onProgress']): Planning {
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const today = o.today ?? localToday();
  return {
    config,
    lang,
    today,
    run: {
      roster,
      kpi: kpiFiles(o),
      today,
      week: o.week,
      capacity: o.capacity,
      perDay: o.perDay,
      calendar: o.calendar,
      lang,
      history: o.history,
      config,
      sheet: o.sheet,
      kpiSheet: o.kpiSheet,
      encoding: o.encoding,
      maxUnzipped: o.maxUnzipped,
      period: o.period,
      onProgress,
      // With --today the plan is for a chosen day, all of it; on the real today, past slots are gone.
      now: o.today === undefined ? localTime() : undefined,
    },
  };
}
