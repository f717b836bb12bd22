import { configOrder } from './config-schema.js';
import { CONFIG_SETTINGS, OPTIONS, type OptionDef, type OptionId } from './table.js';

/** Every command, and the commands that take each option (src/cli/option-uses.ts reads them off the commands). */
export interface OptionUses {
  commands: readonly string[];
  uses: ReadonlyMap<OptionId, readonly string[]>;
}

const cell = (s: string | undefined) => (s ? `\`${s}\`` : '');
const escaped = (s: string) => s.replace(/\|/g, '\\|');

/** The README's list of every setting and option, rendered from the option table and the commands that take each option. */
export function settingsList({ commands, uses }: OptionUses): string {
  const taking = new Map<OptionDef, readonly string[]>();
  for (const [id, names] of uses) taking.set(OPTIONS[id], names);
  const takenBy = (names: readonly string[]) => (names.length === commands.length ? 'every command' : names.map(cell).join(', '));
  const row = (d: OptionDef, names: readonly string[]) => `| ${cell(d.config)} | ${cell(d.flags)} | ${takenBy(names)} | ${d.shown ? escaped(d.shown.en) : ''} | ${escaped(d.help.en)} |`;
  const config = [...CONFIG_SETTINGS].sort(configOrder).map((d) => row(d, taking.get(d) ?? []));
  // Options that read the same in the list are one row, with every command that takes either.
  const cliOnly = new Map<string, { d: OptionDef; names: Set<string> }>();
  for (const d of Object.values(OPTIONS as Record<string, OptionDef>).filter((o) => !o.config)) {
    const key = `${d.flags} ${d.help.en} ${d.shown?.en}`;
    const entry = cliOnly.get(key) ?? cliOnly.set(key, { d, names: new Set() }).get(key)!;
    for (const name of taking.get(d) ?? []) entry.names.add(name);
  }
  const options = [...cliOnly.values()].map(({ d, names }) => row(d, commands.filter((c) => names.has(c))));
  return ['| Setting (talks.config.json) | Option | Commands | Default | What it sets |', '|---|---|---|---|---|', ...config, ...options].join('\n');
}
