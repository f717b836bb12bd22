import type { Command } from 'commander';
import type { Out } from './output.js';
import { register as plan } from './plan.js';
import { register as rank } from './rank.js';
import { register as check } from './check.js';

export type Register = (program: Command, out: Out) => void;

/** Every command, in the order `talks --help` lists them. */
export const COMMANDS: Register[] = [plan, rank, check];
