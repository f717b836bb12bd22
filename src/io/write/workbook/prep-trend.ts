const BARS = '▁▂▃▄▅▆▇█';

/** A text sparkline, one block per value scaled between the lowest and highest; a space for no data. */
export function sparkline(values: readonly (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  // Noise of a few tenths must not look like a swing: the scale spans at least 10% of the values.
  const span = Math.max(max - min, 0.1 * Math.max(...known.map(Math.abs)));
  const lo = (min + max) / 2 - span / 2;
  return values
    .map((v) => {
      if (v === undefined) return ' ';
      if (span < 1e-9) return BARS[3];
      return BARS[Math.round(((v - lo) / span) * (BARS.length - 1))];
    })
    .join('');
}

/** ▲ better than the team median, ▼ worse, = within 1% of it, · no data; `higher`: whether higher is better. */
export function versusTeam(
  agent: readonly (number | undefined)[],
  team: readonly (number | undefined)[],
  higher: boolean,
): string {
  return agent
    .map((a, i) => {
      const t = team[i];
      if (a === undefined || t === undefined) return '·';
      if (Math.abs(a - t) <= Math.max(1e-9, 0.01 * Math.abs(t))) return '=';
      return a > t === higher ? '▲' : '▼';
    })
    .join('');
}
