/** A share of the population as people read it: 0.2 → "20%", 0.125 → "12.5%". */
export const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;
