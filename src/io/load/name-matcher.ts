import type { Agent, Warning } from '../../model/types.js';
import type { RawSheet } from '../read/raw.js';

const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Matches names in a KPI table without agent IDs to the roster. Names that match no agent,
 * or several, are skipped and reported once each when the table is done.
 */
export class NameMatcher {
  private readonly ids = new Map<string, string | null>();
  readonly unknown = new Set<string>();
  readonly shared = new Set<string>();

  constructor(agents: readonly Agent[]) {
    for (const a of agents) {
      const key = nameKey(a.name);
      this.ids.set(key, this.ids.has(key) ? null : a.id);
    }
  }

  resolve = (name: string): string | undefined => {
    const id = this.ids.get(nameKey(name));
    if (id) return id;
    (id === null ? this.shared : this.unknown).add(name);
    return undefined;
  };

  warnings(sheet: RawSheet, column: string): Warning[] {
    const out: Warning[] = [];
    const list = (names: Set<string>) => [...names].slice(0, 10).map((n) => `"${n}"`).join(', ') + (names.size > 10 ? ', …' : '');
    if (this.unknown.size) {
      out.push({
        code: 'kpi-name-unknown',
        args: { count: this.unknown.size, names: list(this.unknown) },
        message: `This KPI table has no agent ID column, so agents were matched by name; ${this.unknown.size} names match no agent in the roster and their rows were skipped: ${list(this.unknown)}. Add an agent ID column, or write the names exactly as in the roster.`,
        file: sheet.file,
        sheet: sheet.sheet,
        column,
      });
    }
    if (this.shared.size) {
      out.push({
        code: 'kpi-name-shared',
        args: { names: list(this.shared) },
        message: `Several roster agents share the name ${list(this.shared)}, so their KPI rows cannot be told apart and were skipped. Add an agent ID column to the KPI export.`,
        file: sheet.file,
        sheet: sheet.sheet,
        column,
      });
    }
    return out;
  }
}
