import type { MetricId } from '../model/types.js';
import { plainNumberTo } from './plain-number.js';
import { metricTo, tidy } from './values-number.js';

/** What metricTextTo found: the value written, no number it reads (the general parsers decide), or a number out of range. */
export const enum TextRead {
  Value = 1,
  NotRead = 0,
  OutOfRange = -1,
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Reads the text s[from, to) of a metric cell from its char codes, for the shapes exports write
 * most: a plain decimal (`0.92`, `143`), a percentage (`92.5%`) for rates and QA, a clock
 * (`2:23`, `0:02:23`) for AHT and ASA. Writes the value parseMetric gives to `out[at]` (Value),
 * or says it is a plain decimal out of range (OutOfRange); anything else, or a clock or a
 * percentage parseMetric refuses, is NotRead, for the general parsers to read or refuse with
 * their message. No string and no result object is made; the value goes to a typed array.
 */
export function metricTextTo(metric: MetricId, s: string, from: number, to: number, out: Float64Array, at: number): TextRead {
  if (plainNumberTo(s, from, to, out, at)) return metricTo(metric, out, at) ? TextRead.Value : TextRead.OutOfRange;
  if (to - from < 2) return TextRead.NotRead;
  if (metric === 'aht' || metric === 'asa') return clockTo(s, from, to, out, at);
  if (metric === 'calls' || s.charCodeAt(to - 1) !== 37 /* % */ || !plainNumberTo(s, from, to - 1, out, at)) return TextRead.NotRead;
  if (metric === 'qa') return TextRead.Value;
  const pct = tidy(out[at]);
  out[at] = pct <= 100 ? pct : NaN;
  return pct <= 100 ? TextRead.Value : TextRead.NotRead;
}

/** A number cell as metric `metric` (see metricTo), written to `out[at]`. */
export function numberMetricTo(metric: MetricId, n: number, out: Float64Array, at: number): TextRead {
  out[at] = n;
  if (n !== n) return TextRead.NotRead;
  return metricTo(metric, out, at) ? TextRead.Value : TextRead.OutOfRange;
}

/** `m:ss` or `h:mm:ss` (up to 9 digits before the first colon, one or two after each) in seconds, as parseDuration reads it. */
function clockTo(s: string, from: number, to: number, out: Float64Array, at: number): TextRead {
  let i = from;
  let h = 0;
  for (; i < to && i < from + 9 && isDigit(s.charCodeAt(i)); i++) h = h * 10 + (s.charCodeAt(i) - 48);
  if (i === from) return TextRead.NotRead;
  let m = -1;
  let sec = -1;
  while (i < to && sec < 0) {
    if (s.charCodeAt(i) !== 58 /* : */) return TextRead.NotRead;
    const start = ++i;
    let v = 0;
    for (; i < to && i < start + 2 && isDigit(s.charCodeAt(i)); i++) v = v * 10 + (s.charCodeAt(i) - 48);
    if (i === start) return TextRead.NotRead;
    if (m < 0) m = v;
    else sec = v;
  }
  if (i !== to || m < 0) return TextRead.NotRead;
  // m:ss: the first part is minutes.
  if (sec < 0) {
    if (m >= 60) return TextRead.NotRead;
    out[at] = h * 60 + m;
  } else {
    if (m >= 60 || sec >= 60) return TextRead.NotRead;
    out[at] = h * 3600 + m * 60 + sec;
  }
  return TextRead.Value;
}
