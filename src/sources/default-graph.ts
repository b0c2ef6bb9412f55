/**
 * The graph the explorer opens when a link names none: the one `VITE_DEFAULT_GRAPH` names when it is
 * bundled, else the first bundled graph by id. One rule for the page and for the build, which
 * preloads that graph's file.
 * @example defaultGraphId(['b', 'a'], undefined) // 'a'
 */
export function defaultGraphId(bundled: Iterable<string>, configured: string | undefined): string {
  const ids = [...bundled].sort((a, b) => a.localeCompare(b));
  return configured !== undefined && ids.includes(configured) ? configured : (ids[0] ?? '');
}
