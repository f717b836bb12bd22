import type { Lang } from './labels.js';
import type { HelpTexts } from './command-help-types.js';
import { COMMAND_HELP_EN } from './command-help-en.js';
import { COMMAND_HELP_ZH } from './command-help-zh.js';

/** The help of every command, in English and Chinese (option help is in the option table, src/options/table.ts and its rows). */
export const COMMAND_HELP: Record<Lang, HelpTexts> = { en: COMMAND_HELP_EN, 'zh-CN': COMMAND_HELP_ZH };
