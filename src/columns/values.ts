/** The value parsers, one file per kind of value; this module gathers them. */
export { isBlank, isPlaceholder, parseText, type Parsed } from './values-base.js';
export { dayOrder, parseDay } from './values-day.js';
export { parseDuration } from './values-duration.js';
export { metricTo, parseMetric, parseNumber, parsePercent } from './values-number.js';
export * from './values-words.js';
