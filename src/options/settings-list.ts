import { configOrder } from './config-schema.js';
import { CONFIG_SETTINGS, OPTIONS, type OptionDef } from './table.js';

const cell = (s: string | undefined) => (s ? `\`${s}\`` : '');
const row = (d: OptionDef) => `| ${cell(d.config)} | ${cell(d.flags)} | ${d.shown ? d.shown.en.replace(/\|/g, '\\|') : ''} | ${d.help.en.replace(/\|/g, '\\|')} |`;

/** The README's list of every setting and option, rendered from the option table. */
export function settingsList(): string {
  const config = [...CONFIG_SETTINGS].sort(configOrder);
  const cliOnly = Object.values(OPTIONS as Record<string, OptionDef>).filter((d) => !d.config);
  const seen = new Set<string>();
  const key = (d: OptionDef) => `${d.flags} ${d.help.en} ${d.shown?.en}`;
  const options = cliOnly.filter((d) => !seen.has(key(d)) && seen.add(key(d)));
  return ['| Setting (talks.config.json) | Option | Default | What it sets |', '|---|---|---|---|', ...config.map(row), ...options.map(row)].join('\n');
}
