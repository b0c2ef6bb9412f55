/**
 * The type filters' arithmetic, shared by the checkboxes, the transitions and the link cleaner so the
 * three normalise alike. `shown` is the view's list (null = every type); `all` / `present` is the types
 * present in the graph, in graph order.
 */

/**
 * A list of shown types as the view keeps it: deduplicated, in the order given, and null (the default,
 * "every type") when it names every type present in the graph: the same picture gets the same link.
 * @example shownTypes(['person', 'product', 'person'], ['person', 'organization', 'product']) // ['person', 'product']
 * @example shownTypes(['product', 'organization', 'person'], ['person', 'organization', 'product']) // null
 */
export function shownTypes(chosen: readonly string[] | null, present: readonly string[]): string[] | null {
  if (chosen === null) return null;
  const unique = new Set(chosen);
  return present.every((type) => unique.has(type)) ? null : [...unique];
}

export function isShown(shown: readonly string[] | null, type: string): boolean {
  return shown === null || shown.includes(type);
}

/** The list after ticking (`on`) or unticking one type, in graph order; null once every type is shown. */
export function toggleType(
  all: readonly string[],
  shown: readonly string[] | null,
  type: string,
  on: boolean,
): string[] | null {
  const chosen = new Set(shown ?? all);
  if (on) chosen.add(type);
  else chosen.delete(type);
  return shownTypes(
    all.filter((t) => chosen.has(t)),
    all,
  );
}
