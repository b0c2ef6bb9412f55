import { formatPath, type ProblemList } from './parse-report.ts';

/**
 * What a graph file may hold before it stops being a graph and starts being an attack on the page
 * (README "Limits"). Files come from strangers: a 20 MB label would stall the canvas measuring it, a
 * value nested 100,000 deep would overflow the stack of whoever walks it (the worker's copy to the
 * page, the details panel, an export). Each limit ends in a sentence saying what and where.
 */

/** Deepest nesting of arrays and objects read anywhere in a file (a graph needs about 6). */
export const MAX_NESTING = 100;
/** Ids name things in links and on the canvas: longer ones are refused. */
export const MAX_ID_LENGTH = 1_000;
/** Labels, aliases, titles and type names: longer ones are cut, with a warning. */
export const MAX_NAME_LENGTH = 1_000;
/** Any other text (summaries, quotes, attribute values): longer ones are cut, with a warning. */
export const MAX_TEXT_LENGTH = 100_000;

const NAME_FIELDS: ReadonlySet<string> = new Set(['label', 'aliases', 'labels', 'title', 'inverse', 'publisher']);
const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'source', 'target']);

const count = (n: number): string => n.toLocaleString('en');

/**
 * How deep `value` nests (a scalar is 0, `[]` is 1), counted without recursion so that a hostile file
 * cannot overflow the stack while being measured; stops counting past `limit`.
 * @example nestingDepth([[1], {}]) // 2
 */
export function nestingDepth(value: unknown, limit = MAX_NESTING): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top || top.value === null || typeof top.value !== 'object') continue;
    const depth = top.depth + 1;
    deepest = Math.max(deepest, depth);
    if (depth > limit) return deepest;
    for (const child of Object.values(top.value)) stack.push({ value: child, depth });
  }
  return deepest;
}

/** The sentence for a file nested past MAX_NESTING. */
export function tooDeep(depth: number): string {
  return `the file nests arrays or objects more than ${count(depth - 1)} levels deep; graph files are read to ${count(MAX_NESTING)} levels`;
}

function limitFor(path: readonly PropertyKey[]): number {
  // The field a string belongs to: its own key, or the key of the list or map it is in (aliases[2], labels.zh).
  const named = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  const parent = path.length >= 2 ? path[path.length - 2] : undefined;
  if (parent === 'labels' || parent === 'aliases') return MAX_NAME_LENGTH;
  return named !== undefined && NAME_FIELDS.has(named) ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
}

/**
 * A copy of a (schema-checked, at most MAX_NESTING deep) file with over-long text cut: ids over
 * MAX_ID_LENGTH are errors, names and other text are cut to their limit with a warning each.
 * Keys are copied as own properties (`__proto__` stays data).
 */
export function clipLongText(value: unknown, problems: ProblemList, path: PropertyKey[] = []): unknown {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    const inIdField = typeof key === 'string' && ID_FIELDS.has(key) && !path.includes('attributes');
    if (inIdField && value.length > MAX_ID_LENGTH) {
      problems.error(
        formatPath(path),
        `${count(value.length)} characters long; ids are at most ${count(MAX_ID_LENGTH)}`,
      );
      return value;
    }
    const limit = limitFor(path);
    if (value.length <= limit || inIdField) return value;
    problems.warn(formatPath(path), `${count(value.length)} characters long; only the first ${count(limit)} are shown`);
    return `${value.slice(0, limit)}…`;
  }
  if (Array.isArray(value)) return value.map((item, index) => clipLongText(item, problems, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, clipLongText(item, problems, [...path, key])]),
    );
  return value;
}
