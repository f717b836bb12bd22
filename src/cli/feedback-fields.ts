/** The columns of `talks feedback --format csv`: its help names them, and the command writes them. */
export const CSV_FIELDS = ['lead', 'agentId', 'name', 'team', 'date', 'heldOn', 'rule', 'held', 'leadNote', 'nextStep', 'issues'] as const;
