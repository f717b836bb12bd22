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

/** The streamed workbook renders its shared strings with sharedStringsXml; rich text (never written here) is left to exceljs. */
export function renderSharedStrings(wb: object, xmlEncode: (text: string) => string): void {
  const book = wb as SharedStringsBook;
  const add = book.addSharedStrings.bind(book);
  book.addSharedStrings = () => {
    const values = book.sharedStrings.values;
    if (values.length === 0 || !values.every((v) => typeof v === 'string')) return add();
    book.zip.append(sharedStringsXml(values as string[], xmlEncode), { name: '/xl/sharedStrings.xml' });
    return Promise.resolve();
  };
}
