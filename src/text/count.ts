/**
 * `1,234,567`: a number with thousands separators, as `n.toLocaleString('en-US')` writes it. Whole
 * numbers are grouped here: the first toLocaleString of a process builds ICU's number formatter
 * (~10 ms of a plan's start). Anything else (fractions, -0, 1e21 and up, NaN, ±Infinity) goes
 * through toLocaleString itself.
 */
export function grouped(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21 || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** `1 talk`, `3 talks`; `plural` when the word does not just take an s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${grouped(n)} ${n === 1 ? word : plural}`;
}

/** How late, in the largest unit that reads naturally: `3d late`, `7 weeks late`, `2 years late`. */
export function lateness(days: number): string {
  if (days < 28) return `${days}d late`;
  if (days < 120) return `${Math.round(days / 7)} weeks late`;
  if (days < 730) return `${Math.round(days / 30.44)} months late`;
  return `${Math.floor(days / 365.25)} years late`;
}
