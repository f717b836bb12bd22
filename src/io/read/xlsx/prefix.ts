/**
 * Some writers (the OpenXML SDK, some ERP exports) bind SpreadsheetML to a prefix and write
 * `<x:row><x:c>`. The scanners look for plain `<row`/`<c`, so such a part has its prefix taken
 * off its tags first; a part without one passes through untouched, at no cost.
 */
const MAIN_NS = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main["']/;
/** Where the prefix is declared: the root element, within the part's first bytes. */
const HEAD = 4096;

function prefixOf(head: string): string | undefined {
  return MAIN_NS.exec(head.slice(0, HEAD))?.[1];
}

const stripper = (prefix: string) => new RegExp(`<(/?)${prefix.replace(/\./g, '\\.')}:`, 'g');

/** A whole part's text without the prefix on its SpreadsheetML tags. */
export function unprefixedText(xml: string): string {
  const prefix = prefixOf(xml);
  return prefix === undefined ? xml : xml.replace(stripper(prefix), '<$1');
}

/** The same for a part streamed in chunks; a tag cut by a chunk edge is held back for the next one. */
export async function* unprefixed(chunks: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  const first = await chunks.next();
  if (first.done) return;
  const prefix = prefixOf(first.value.toString('latin1', 0, HEAD));
  if (prefix === undefined) {
    yield first.value;
    yield* chunks;
    return;
  }
  const strip = stripper(prefix);
  let held = '';
  try {
    for (let next: IteratorResult<Buffer> = first; !next.done; next = await chunks.next()) {
      const s = held + next.value.toString('latin1');
      // Only `</x:` can be cut: a `<` that close to the end waits for the next chunk.
      const cut = s.lastIndexOf('<');
      const keep = cut >= 0 && cut >= s.length - prefix.length - 2 ? cut : s.length;
      held = s.slice(keep);
      yield Buffer.from(s.slice(0, keep).replace(strip, '<$1'), 'latin1');
    }
    if (held) yield Buffer.from(held.replace(strip, '<$1'), 'latin1');
  } finally {
    // Leaving early closes the part's stream, as leaving a loop over it would.
    await chunks.return(undefined);
  }
}
