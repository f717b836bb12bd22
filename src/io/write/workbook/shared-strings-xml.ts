/** exceljs 4.4's streamed workbook: its shared strings and how it adds their part at commit (lib/stream/xlsx/workbook-writer.js). */
interface SharedStringsBook {
  sharedStrings: { readonly values: readonly unknown[] };
  zip: { append(data: string, options: { name: string }): void };
  addSharedStrings(): Promise<void>;
}

/** A text that starts or ends with white space, or holds a line break, keeps it (TextXform). */
const PRESERVE = /^\s|\n|\s$/;

/**
 * `xl/sharedStrings.xml` as exceljs 4.4's SharedStringsXform renders it from plain strings
 * (count and uniqueCount both the number of strings, as its writer passes them), in one string
 * instead of an XmlStream of ~5 pieces per string.
 */
export function sharedStringsXml(values: readonly string[], xmlEncode: (text: string) => string): string {
  const n = values.length;
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">`;
  for (const v of values) xml += `<si><t${PRESERVE.test(v) ? ' xml:space="preserve"' : ''}>${xmlEncode(v)}</t></si>`;
  return `${xml}</sst>`;
}

/**
 * exceljs 4.4's SharedStrings (lib/utils/shared-strings.js) on a Map: the same numbers in the same
 * order (a value is keyed by its text, as exceljs's object keys it), found faster among thousands.
 */
export class SharedStringTable {
  private readonly index = new Map<string, number>();
  private readonly list: unknown[] = [];
  private refs = 0;

  get count(): number {
    return this.list.length;
  }
  get values(): readonly unknown[] {
    return this.list;
  }
  get totalRefs(): number {
    return this.refs;
  }
  getString(i: number): unknown {
    return this.list[i];
  }

  add(value: unknown): number {
    const key = typeof value === 'string' ? value : String(value);
    let i = this.index.get(key);
    if (i === undefined) {
      this.index.set(key, (i = this.list.length));
      this.list.push(value);
    }
    this.refs++;
    return i;
  }
}

/**
 * The streamed workbook keeps its shared strings in a SharedStringTable and renders them with
 * sharedStringsXml; rich text (never written here) is left to exceljs.
 */
export function fastSharedStrings(wb: object, xmlEncode: (text: string) => string): void {
  const book = wb as SharedStringsBook;
  book.sharedStrings = new SharedStringTable();
  const add = book.addSharedStrings.bind(book);
  book.addSharedStrings = () => {
    const values = book.sharedStrings.values;
    if (values.length === 0 || !values.every((v) => typeof v === 'string')) return add();
    book.zip.append(sharedStringsXml(values as string[], xmlEncode), { name: '/xl/sharedStrings.xml' });
    return Promise.resolve();
  };
}
