import { existsSync, readFileSync } from 'node:fs';
import { validateConfig, type ConfigFile } from '../options/config-schema.js';
import { TalksError, textError } from '../errors.js';
import { jsonSyntaxError } from './config-json.js';

const DEFAULT_CONFIG_FILE = 'talks.config.json';

/**
 * Reads `--config FILE`, or `talks.config.json` in the current folder when present.
 * A broken or invalid file stops the run with every problem listed.
 */
export function readConfig(file: string | undefined): ConfigFile | undefined {
  const path = file ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(path)) {
    if (file === undefined) return undefined;
    throw new TalksError('config-missing', 'Config file not found.', { file: path, hint: 'Check the path given to --config.', exitCode: 2 });
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Node's parser words its errors in English and not always with a place: ours says where and why.
    const at = jsonSyntaxError(text) ?? { fault: 'unexpected', line: 1, column: 1, found: text[0] ?? '' };
    throw textError('config-json', { ...at }, { file: path });
  }
  const { config, problems } = validateConfig(json);
  if (!config) throw textError('config-invalid', { count: problems.length }, { file: path, items: problems });
  return config;
}

/** The config's `language`, read leniently for the language of error messages; undefined when unreadable. */
export function configLanguage(file: string | undefined): string | undefined {
  try {
    const json: unknown = JSON.parse(readFileSync(file ?? DEFAULT_CONFIG_FILE, 'utf8').replace(/^\uFEFF/, ''));
    const language = typeof json === 'object' && json !== null && Object.hasOwn(json, 'language') ? (json as { language: unknown }).language : undefined;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}
