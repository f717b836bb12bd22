import fc from 'fast-check';

/** Pieces of markup a mutation splices in: tags cut in half, huge references, entities, bytes, CSV breaks. */
const SPLICE = fc.constantFrom('<row', '</row>', '<c r="ZZZZZZZZZ1">', '<c r="A9999999">', '<v>', '</c>', '<is><t>', '&#0;', '&amp', '<!--', ']]>', '<?x?>', '\u0000', '\uFFFD', '"', "'", '>', '<', '\r\n', ',');

/** Up to six edits: at a place, cut some characters and splice something in. */
export const textMutation = fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.oneof(SPLICE, fc.string({ maxLength: 8 }))), { minLength: 1, maxLength: 6 });

/** `text` with the edits applied in turn (places wrap around its length). */
export function mutate(text: string, edits: [number, number, string][]): string {
  let s = text;
  for (const [at, cut, insert] of edits) {
    const p = at % (s.length + 1);
    s = s.slice(0, p) + insert + s.slice(p + cut);
  }
  return s;
}
