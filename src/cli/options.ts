import { Option } from 'commander';
import { isDay } from '../model/day.js';
import { usageError } from '../errors.js';
import { FORMATS } from './render.js';

export function formatOption(): Option {
  return new Option('--format <format>', 'output format').choices(FORMATS).default('table');
}

export function historyOption(): Option {
  return new Option('--history <file>', 'the talk archive (SQLite)').default('talks.db');
}

/** Parses a `YYYY-MM-DD` option value or fails as a usage error. */
export function dayArg(flag: string) {
  return (value: string): string => {
    if (!isDay(value)) throw usageError('day-bad', { flag, value });
    return value;
  };
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the table: en or zh-CN (default: the system locale)');
}

export function parsePositiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw usageError('int-bad', { flag, value });
    return n;
  };
}
