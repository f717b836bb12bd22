import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { loadInputs } from '../../src/io/load/index.js';
import { partialNotes } from '../../src/io/load/notes.js';
import { addDays } from '../../src/model/day.js';
import { rankAgents } from '../../src/ranking/rank.js';
import { detectSwings } from '../../src/ranking/swing.js';
import { tempDir } from '../helpers/cli.js';

/** Monday of the first of six ISO weeks of daily rows. */
const START = '2026-10-05';
const AGENTS = Array.from({ length: 10 }, (_, i) => `A${i}`);
const SUBJECT = 'A9';

type Day = { calls: number; aht: string; csat: string };
const usual = (i: number): Day => ({ calls: 50 + 5 * i, aht: `00:0${5 - Math.floor(i / 2)}:00`, csat: `${80 + i}%` });
/** A chat platform's row for a rostered agent who handled nothing. */
const idle: Day = { calls: 0, aht: '00:00:00', csat: '0.0' };

/**
 * A daily export, Monday to Friday, like a chat platform's: `weeks` full weeks, then the days of
 * `lastDays` more; `subject(week, day)` replaces the subject's row (undefined = its usual one).
 */
async function load(opts: { weeks: number; lastDays?: number; subject?: (week: number, day: number) => Day | undefined }) {
  const dir = tempDir();
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, `Agent ID,Name,Hire Date\n${AGENTS.map((a) => `${a},Agent ${a},2020-01-06`).join('\n')}\n`);
  const lines = ['Date,Agent ID,Total Chats,AHT,CSAT'];
  const weeks = opts.weeks + (opts.lastDays ? 1 : 0);
  for (let w = 0; w < weeks; w++) {
    const days = w === opts.weeks ? opts.lastDays! : 5;
    for (let d = 0; d < days; d++) {
      const day = addDays(START, 7 * w + d);
      AGENTS.forEach((a, i) => {
        const row = (a === SUBJECT ? opts.subject?.(w, d) : undefined) ?? usual(i);
        lines.push(`${day},${a},${row.calls},${row.aht},${row.csat}`);
      });
    }
  }
  const kpi = join(dir, 'daily.csv');
  writeFileSync(kpi, `${lines.join('\n')}\n`);
  return loadInputs(roster, [kpi]);
}

const week = (w: number) => addDays(START, 7 * w);
const swingsOf = (inputs: Awaited<ReturnType<typeof load>>, today: string) =>
  detectSwings(inputs.agents, inputs.kpi, { today, ranking: DEFAULTS.ranking, swing: DEFAULTS.swing });

describe('a period with no activity is not a score', () => {
  it('a latest week of all-zero rows is no swing (absent, not a drop to 0 calls)', async () => {
    const inputs = await load({ weeks: 6, subject: (w) => (w === 5 ? idle : undefined) });
    expect(inputs.kpi.get(SUBJECT, week(5))).toBeUndefined();
    expect(inputs.kpi.get(SUBJECT, week(4))).toMatchObject({ calls: 95 * 5 });
    expect(swingsOf(inputs, addDays(week(5), 6)).has(SUBJECT)).toBe(false);
  });

  it('a control: a real drop in the same week is a swing', async () => {
    const inputs = await load({ weeks: 6, subject: (w) => (w === 5 ? { calls: 10, aht: '00:09:00', csat: '40%' } : undefined) });
    expect(swingsOf(inputs, addDays(week(5), 6)).get(SUBJECT)).toMatchObject({ direction: 'down', period: week(5) });
  });

  it('idle weeks are not baseline weeks: one active week before the latest is too little to judge', async () => {
    const inputs = await load({ weeks: 6, subject: (w) => (w < 4 ? idle : w === 5 ? { calls: 200, aht: '00:01:00', csat: '99%' } : undefined) });
    expect(swingsOf(inputs, addDays(week(5), 6)).has(SUBJECT)).toBe(false);
  });

  it('an agent idle over the whole ranking window is not ranked, and not the worst', async () => {
    const inputs = await load({ weeks: 6, subject: (w) => (w >= 2 ? idle : undefined) });
    const ranking = rankAgents(inputs.agents, inputs.kpi, { today: addDays(week(5), 6), settings: DEFAULTS.ranking });
    expect(ranking.agents.get(SUBJECT)).toMatchObject({ rank: null, reason: 'no-kpi' });
    expect(ranking.ordered.filter((r) => r.rank !== null)).toHaveLength(9);
  });
});

describe('a latest period the data covers only in part', () => {
  it('is not judged: the week before it is, and a note names it', async () => {
    // The data ends on a Monday; the subject's one day there looks like a collapse.
    const inputs = await load({ weeks: 5, lastDays: 1, subject: (w) => (w === 5 ? { calls: 5, aht: '00:09:00', csat: '30%' } : undefined) });
    const today = addDays(week(5), 2);
    expect(swingsOf(inputs, today).has(SUBJECT)).toBe(false);
    const notes = partialNotes(inputs.kpi, today);
    expect(notes).toEqual([expect.objectContaining({ code: 'note-partial-period', args: expect.objectContaining({ period: week(5), days: 1, usual: 5, last: week(5) }) })]);
    expect(notes[0].message).toBe(
      `The week of ${week(5)} holds only 1 day of data (the data ends on ${week(5)}; other periods have 5), so it is not judged for swings; swings compare the period before it.`,
    );
  });

  it('a full latest week is judged, and has no note', async () => {
    const inputs = await load({ weeks: 6, subject: (w) => (w === 5 ? { calls: 5, aht: '00:09:00', csat: '30%' } : undefined) });
    const today = addDays(week(5), 6);
    expect(partialNotes(inputs.kpi, today)).toEqual([]);
    expect(swingsOf(inputs, today).get(SUBJECT)?.period).toBe(week(5));
  });

  it('weekly exports (one row per agent and week) are never partial', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Agent ID,Hire Date\nA1,2020-01-06\nA2,2020-01-06\n');
    const kpi = join(dir, 'weekly.csv');
    writeFileSync(kpi, `Week,Agent ID,Calls\n${[0, 1, 2, 3].flatMap((w) => [`${week(w)},A1,100`, `${week(w)},A2,90`]).join('\n')}\n`);
    const inputs = await loadInputs(roster, [kpi]);
    expect(partialNotes(inputs.kpi, week(3))).toEqual([]);
  });
});
