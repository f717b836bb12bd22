import type { Command } from 'commander';
import { textError, usageError } from '../errors.js';
import { PREP_PLAN_TEXT } from '../text/lead-loop.js';
import { resolveLang } from './context.js';
import { writeFileAtomic } from '../io/write/atomic.js';
import type { Agent } from '../model/types.js';
import { RULE_LABELS, type Lang } from '../text/labels.js';
import { dayWithWeekday } from '../text/prep-labels.js';
import { prepWritten } from '../text/prep-status.js';
import type { PrepSubject } from '../io/write/workbook/prep-sheet.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { addOptions } from './options.js';
import { progressLine } from './progress.js';
import { addPlanningOptions, checkPaths, planningFrom, type PlanningOptions } from './plan-options.js';

interface PrepOpts extends PlanningOptions {
  agent?: string;
}


/** Edit distance, for suggesting the IDs a mistyped one was meant to be. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function closeIds(ids: readonly string[], wanted: string, count = 5): string[] {
  const w = wanted.trim().toUpperCase();
  return ids
    .map((id) => ({ id, d: distance(id.toUpperCase(), w) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .slice(0, count)
    .map((x) => x.id);
}

function findAgent(agents: readonly Agent[], wanted: string, roster: string): Agent {
  const w = wanted.trim();
  const found = agents.find((a) => a.id === w) ?? agents.find((a) => a.id.toUpperCase() === w.toUpperCase());
  if (found) return found;
  const close = closeIds(agents.map((a) => a.id), w);
  throw textError('unknown-agent', { id: wanted, close: close.join(', ') }, { file: roster });
}

function summary(file: string, s: PrepSubject, lang: Lang): string {
  const who = `${s.agent.id} ${s.agent.name}`;
  const t = s.talk;
  if (s.status.kind === 'scheduled' && t?.date) {
    const when = `${dayWithWeekday(t.date, lang)} ${t.start ?? ''}–${t.end ?? ''}`;
    return prepWritten({ file, who, type: RULE_LABELS[lang][t.rule], when, location: t.location ?? undefined, status: s.status }, lang);
  }
  return prepWritten({ file, who, status: s.status }, lang);
}

async function prepAction(out: Out, roster: string, o: PrepOpts): Promise<void> {
  // Loaded here, not at start-up (see plan.ts).
  const { isPlanWorkbook, prepPlanWorkbook } = await import('./prep-plan.js');
  if (await isPlanWorkbook(roster)) {
    const lang = resolveLang(o.lang);
    if (o.agent !== undefined) throw usageError('as-said', { text: PREP_PLAN_TEXT[lang].withAgent });
    return prepPlanWorkbook(out, roster, o, lang);
  }
  if (o.agent === undefined) throw usageError('as-said', { text: PREP_PLAN_TEXT[resolveLang(o.lang)].noAgent });
  const [{ planOf, runPlan }, { standingOf }, { buildPrepWorkbook }] = await Promise.all([
    import('./plan-run.js'),
    import('../standing.js'),
    import('../io/write/workbook/prep-workbook.js'),
  ]);
  const file = o.output ?? `talks-prep-${o.agent.trim().replace(/[^\w.-]+/g, '_')}.xlsx`;
  checkPaths(roster, o, [{ path: file, option: '-o', ext: '.xlsx' }]);
  const progress = progressLine(out);
  const { lang, run } = planningFrom(roster, o, progress.onProgress);
  const centre = await runPlan(run).finally(progress.done);
  const agent = findAgent(centre.agents, o.agent ?? '', roster);
  const plan = planOf(centre, agent.id);
  const subject = standingOf(plan, agent);
  const wb = buildPrepWorkbook(plan, subject, lang);
  writeFileAtomic(file, Buffer.from(await wb.xlsx.writeBuffer()));
  out.message(summary(file, subject, lang));
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('prep'), 'prep')
    .argument('<roster>');
  addOptions(cmd, ['agent']);
  addPlanningOptions(cmd, 'prepOutput');
  cmd.action((roster: string, o: PrepOpts) => prepAction(out, roster, o));
}
