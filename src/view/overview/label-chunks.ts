// One collator for every comparison: `localeCompare` would build one per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Splits a long list of entities into at most `runs` consecutive runs in label order (then id, so
 * equal labels keep one order), as even as can be: what a long group opens onto, "Ana – Bo", "Bo – Chen".
 * @example chunkByLabel(['c', 'a', 'b', 'd'], (id) => id, 2) // [['a', 'b'], ['c', 'd']]
 */
export function chunkByLabel(ids: readonly string[], labelOf: (id: string) => string, runs: number): string[][] {
  const sorted = ids
    .map((id) => ({ id, label: labelOf(id) }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => entry.id);
  const count = Math.max(1, Math.min(runs, sorted.length));
  const size = Math.ceil(sorted.length / count);
  const chunks: string[][] = [];
  for (let start = 0; start < sorted.length; start += size) chunks.push(sorted.slice(start, start + size));
  return chunks;
}
