import type { Command } from 'commander';
import type { Out } from './output.js';
import { register as plan } from './plan.js';
import { register as rank } from './rank.js';
import { register as check } from './check.js';
import { register as prep } from './prep.js';
import { register as record } from './record.js';
import { register as history } from './history.js';
import { register as issues } from './issues.js';
import { register as resolve } from './resolve.js';
import { register as impact } from './impact.js';
import { register as feedback } from './feedback.js';
import { register as init } from './init.js';

export type Register = (program: Command, out: Out) => void;

/** Every command, in the order `talks --help` lists them. */
export const COMMANDS: Register[] = [plan, prep, rank, record, history, issues, resolve, impact, feedback, check, init];
