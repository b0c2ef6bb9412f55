/**
 * The type filters' arithmetic. `shown` is the view's list (null = every type); `all` is the types
 * present in the graph, in graph order. Results keep graph order, so equal choices give equal links,
 * and a choice that covers every type becomes null, the default.
 */

export function isShown(shown: readonly string[] | null, type: string): boolean {
  return shown === null || shown.includes(type);
}

/** The list after ticking (`on`) or unticking one type. */
export function toggleType(
  all: readonly string[],
  shown: readonly string[] | null,
  type: string,
  on: boolean,
): string[] | null {
  const chosen = new Set(shown ?? all);
  if (on) chosen.add(type);
  else chosen.delete(type);
  if (all.every((t) => chosen.has(t))) return null;
  return all.filter((t) => chosen.has(t));
}
