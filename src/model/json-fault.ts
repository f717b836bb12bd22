/** Why a config file is not JSON, in terms a person editing it can act on. */
export type JsonFault =
  | 'end'
  | 'trailing-comma'
  | 'comment'
  | 'single-quote'
  | 'unquoted-key'
  | 'missing-colon'
  | 'missing-comma'
  | 'newline-in-string'
  | 'bad-escape'
  | 'after-end'
  | 'unexpected';

export interface JsonSyntaxError {
  fault: JsonFault;
  /** 1-based, as an editor shows them. */
  line: number;
  column: number;
  /** The character at that place; empty at the end of the file. */
  found: string;
}
