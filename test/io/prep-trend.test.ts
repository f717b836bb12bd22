import { describe, expect, it } from 'vitest';
import { sparkline, versusTeam } from '../../src/io/write/workbook/prep-trend.js';

describe('sparkline', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8], '▁▂▃▄▅▆▇█'],
    [[91.3, 91.3, 91.5, 91.5, 91.4, 91.3, 91.2, 78.1], '███████▁'],
    [[50, undefined, 50], '▅ ▅'],
    [[97.3, 97.6, 97.3], '▄▅▄'],
    [[], ''],
    [[undefined, undefined], ''],
  ] as [(number | undefined)[], string][])('%o → %s', (values, bars) => {
    expect(sparkline(values)).toBe(bars);
  });
});

describe('versusTeam', () => {
  it('marks better, worse and level, oriented by the metric’s direction', () => {
    expect(versusTeam([92, 80, 90, undefined], [90, 90, 90.5, 90], true)).toBe('▲▼=·');
    expect(versusTeam([300, 400, 330], [330, 330, 331], false)).toBe('▲▼=');
    expect(versusTeam([500], [undefined], true)).toBe('·');
  });
});
