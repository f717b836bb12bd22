import type { Command } from 'commander';
import type { Out } from './output.js';

export type Register = (program: Command, out: Out) => void;

/** Every command, in the order `talks --help` lists them. */
export const COMMANDS: Register[] = [];
