/** `1 talk`, `3 talks`; `plural` when the word does not just take an s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

/** How late, in the largest unit that reads naturally: `3d late`, `7 weeks late`, `2 years late`. */
export function lateness(days: number): string {
  if (days < 28) return `${days}d late`;
  if (days < 120) return `${Math.round(days / 7)} weeks late`;
  if (days < 730) return `${Math.round(days / 30.44)} months late`;
  return `${Math.floor(days / 365.25)} years late`;
}
