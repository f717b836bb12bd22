import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

/** The real public exports (see SOURCE.md there): ../shared/data beside the repository, read in place. */
export const REAL_DATA = resolve(ROOT, '..', 'shared', 'data');

export const realFile = (name: string) => join(REAL_DATA, name);

/** Why a real-data test is skipped: said in its title, so a skip is never a silent pass. */
export const realSkip = (name = '') => `needs ${name ? `${name} in ` : ''}${REAL_DATA} (../shared/data beside the repository); skipped when absent`;
