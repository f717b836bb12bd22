import { FIELD_ALIASES, FIELD_IDS, normalizeHeader, type ExtraAliases, type FieldId } from './fields.js';

// Which field a column header names: the aliases of src/columns/fields.ts, indexed once.

type AliasIndex = Map<string, FieldId>;

function buildIndex(extra?: ExtraAliases): AliasIndex {
  const index: AliasIndex = new Map();
  const add = (field: FieldId, alias: string) => {
    const key = normalizeHeader(alias);
    if (key && !index.has(key)) index.set(key, field);
  };
  // The user's own aliases come first, so they can claim a header we read otherwise.
  if (extra) for (const id of FIELD_IDS) for (const a of extra[id] ?? []) add(id, a);
  for (const id of FIELD_IDS) for (const a of FIELD_ALIASES[id]) add(id, a);
  return index;
}

const BUILTIN = buildIndex();
const withExtras = new WeakMap<ExtraAliases, AliasIndex>();

function indexFor(extra?: ExtraAliases): AliasIndex {
  if (!extra) return BUILTIN;
  let index = withExtras.get(extra);
  if (!index) {
    index = buildIndex(extra);
    withExtras.set(extra, index);
  }
  return index;
}

/** Units written after a header: "(秒)", "[%]", "_s", " sec", "%". */
const UNIT = /^(?:s|secs?|seconds?|秒|%|pct|percent|百分比|次|通|个|count|#|no\.?|hh:mm:ss|mm:ss|h:mm:ss|m:ss)$/i;
const TRAILING_BRACKET = /^(.*?)\s*[([【〔]([^)\]】〕]*)[)\]】〕]\s*$/;
const TRAILING_UNIT = /^(.*?)(?:[\s_\-./]+(?:s|secs?|seconds?)|\s*(?:%|pct|percent|秒))\s*$/i;

/**
 * The field a header names, or undefined. Exact alias match after normalisation first; then a
 * trailing unit ("AHT (sec)", "AHT_seconds", "满意度（%）") or a bracketed translation of the same
 * field ("Agent ID (工号)") is set aside.
 */
export function matchHeader(header: string, extra?: ExtraAliases): FieldId | undefined {
  return matchIn(indexFor(extra), header.normalize('NFKC').trim());
}

function matchIn(index: AliasIndex, h: string): FieldId | undefined {
  const exact = index.get(normalizeHeader(h));
  if (exact) return exact;
  const bracket = TRAILING_BRACKET.exec(h);
  if (bracket && bracket[1]) {
    const outer = matchIn(index, bracket[1]);
    const inner = bracket[2].trim();
    if (outer && (UNIT.test(inner) || matchIn(index, inner) === outer)) return outer;
  }
  const unit = TRAILING_UNIT.exec(h);
  if (unit && unit[1]) return matchIn(index, unit[1]);
  return undefined;
}

/** A period header naming months (Month, 月份, 统计月份) rather than days or weeks. */
export function isMonthHeader(header: string): boolean {
  return /month|月/.test(normalizeHeader(header));
}
