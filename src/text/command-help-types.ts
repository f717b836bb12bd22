/** What `talks CMD --help` says besides the options: the summary, each argument, the text after. */
export interface CommandHelp {
  summary: string;
  args?: Record<string, string>;
  after?: string;
}

/** The values a command's help is rendered from, so no number in the help can drift from the code. */
export interface HelpArgs {
  talks: undefined;
  plan: undefined;
  prep: undefined;
  rank: { periods: number; topShare: number; coreShare: number };
  record: undefined;
  history: { csv: string };
  issues: { minAgents: number; minCount: number; mark: string; csv: string };
  resolve: { categories: string };
  impact: { periods: number; days: number; csv: string };
  feedback: { csv: string };
  check: undefined;
  init: undefined;
}

export type CommandName = keyof HelpArgs;
export type HelpTexts = { [K in CommandName]: (v: HelpArgs[K]) => CommandHelp };
