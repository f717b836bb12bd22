import type { Day, SourceRef } from './types.js';

/** A shift that starts on its day, in minutes from that day's midnight; `end <= start` ends the next day. */
export interface ShiftTime {
  start: number;
  end: number;
}

/** One row of a WFM schedule export: the agent's shift starting that day, as a range or a name. */
export interface ShiftEntry {
  agentId: string;
  day: Day;
  range?: ShiftTime;
  name?: string;
  source: SourceRef;
}
