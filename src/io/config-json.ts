import type { JsonFault, JsonSyntaxError } from '../model/json-fault.js';

class Fault extends Error {
  constructor(
    readonly fault: JsonFault,
    readonly at: number,
  ) {
    super(fault);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** A recursive-descent reader of JSON that only finds the first place it breaks. */
function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (fault: JsonFault): never => {
    throw new Fault(i >= text.length ? 'end' : fault, i);
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('end');
      if (c === '"') return void i++;
      if (c < ' ') fail(c === '\n' || c === '\r' ? 'newline-in-string' : 'unexpected');
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('bad-escape');
        i = ESCAPE.lastIndex;
      } else i++;
    }
  };
  const misplaced = (fault: JsonFault): never => fail(text[i] === "'" ? 'single-quote' : text[i] === '/' ? 'comment' : fault);
  const entries = (close: string, entry: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      entry();
      ws();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') misplaced('missing-comma');
      i++;
      ws();
      if (text[i] === close) fail('trailing-comma');
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return entries('}', member);
    if (c === '[') return entries(']', value);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    NUMBER.lastIndex = i;
    if (c !== undefined && NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    misplaced('unexpected');
  };
  const member = () => {
    ws();
    if (text[i] !== '"') misplaced(/[A-Za-z_$\u0080-\uffff]/.test(text[i] ?? '') ? 'unquoted-key' : 'unexpected');
    string();
    ws();
    if (text[i] !== ':') misplaced('missing-colon');
    i++;
    value();
  };
  value();
  ws();
  if (i < text.length) fail('after-end');
}

/** Where and why `text` (which JSON.parse refused) stops being JSON; undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    const before = text.slice(0, e.at).split(/\r\n|\r|\n/);
    return { fault: e.fault, line: before.length, column: before[before.length - 1].length + 1, found: text[e.at] ?? '' };
  }
}
