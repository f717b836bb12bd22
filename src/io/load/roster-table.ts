import type { Agent } from '../../model/types.js';
import type { ColumnMap } from '../../columns/header.js';
import { makeAgentReader } from '../../columns/rows.js';
import type { RawRow, RawSheet } from '../read/raw.js';
import type { Sink } from './read-sheet.js';
import { TableReader } from './table-reader.js';

/** The sink for a roster table: collects its agents, duplicates and all. */
export function readRoster(sheet: RawSheet, found: { map: ColumnMap }): Sink & { agents: Agent[] } {
  const reader = new TableReader(sheet, found.map, 'roster');
  const toAgent = makeAgentReader(found.map);
  const agents: Agent[] = [];
  return {
    reader,
    agents,
    take(batch: readonly RawRow[], from: number) {
      for (let i = from; i < batch.length; i++) {
        const raw = batch[i];
        const loc = { file: sheet.file, sheet: sheet.sheet, row: raw.row };
        const { agent, warnings } = toAgent(raw.cells, loc);
        reader.warn(warnings);
        if (agent) {
          reader.info.rows++;
          reader.sample(raw.cells);
          agents.push(agent);
        } else if (warnings.length) reader.skipped(warnings[0].code);
      }
    },
  };
}
