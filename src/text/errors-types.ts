export type ErrorArgs = Record<string, string | number>;

interface ErrorText {
  message: (a: ErrorArgs, items: readonly unknown[]) => string;
  hint?: (a: ErrorArgs, items: readonly unknown[]) => string;
}

export type ErrorTable = Partial<Record<string, ErrorText>>;
