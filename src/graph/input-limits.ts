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

/** Strings up to this length need no look: no limit is shorter. */
const SHORTEST_LIMIT = Math.min(MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH);

const count = (n: number): string => n.toLocaleString('en');

/** The sentence for a file nested past MAX_NESTING. */
export function tooDeep(depth: number): string {
  return `the file nests arrays or objects more than ${count(depth - 1)} levels deep; graph files are read to ${count(MAX_NESTING)} levels`;
}

/** Sets `key` as an own data property, so that a `__proto__` key stays data. */
function setOwn(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** What `limitInput` made of a parsed file. */
export interface LimitedInput {
  /** The value with over-long text cut; when `depth` is past the limit, the value as it was given. */
  readonly value: unknown;
  /** How deep the value nests (a scalar is 0, `[]` is 1), counted to one past the limit and no further. */
  readonly depth: number;
}

/**
 * One walk over a parsed file, before anything else reads it: how deep it nests, and its over-long
 * text cut. The walk goes no deeper than one level past `limit`, so a value nested 100,000 deep
 * cannot overflow the stack here, and every later step (the schema, the checks, the worker's copy to
 * the page) only ever walks a value at most `limit` deep. Ids over MAX_ID_LENGTH are errors, names and
 * other text are cut to their limit with a warning each. `value` is never changed: an array or object
 * holding a cut string is copied (its keys as own properties, so `__proto__` stays data), everything
 * else is returned as it is, so a file with nothing to cut is walked once without copying.
 * @example limitInput([[1], {}], new ProblemList()).depth // 2
 */
export function limitInput(value: unknown, problems: ProblemList, limit = MAX_NESTING): LimitedInput {
  const path: PropertyKey[] = [];
  let attributesDepth = 0;
  let deepest = 0;
  const clipString = (text: string, named: string | undefined): string => {
    const key = path[path.length - 1];
    const inIdField = typeof key === 'string' && ID_FIELDS.has(key) && attributesDepth === 0;
    if (inIdField && text.length > MAX_ID_LENGTH) {
      problems.error(
        formatPath(path),
        `${count(text.length)} characters long; ids are at most ${count(MAX_ID_LENGTH)}`,
      );
      return text;
    }
    // The field a string belongs to: its own key, or the key of the list or map it is in (aliases[2], labels.zh).
    const parent = path.length >= 2 ? path[path.length - 2] : undefined;
    const name = parent === 'labels' || parent === 'aliases' || (named !== undefined && NAME_FIELDS.has(named));
    const limit = name ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
    if (text.length <= limit || inIdField) return text;
    problems.warn(formatPath(path), `${count(text.length)} characters long; only the first ${count(limit)} are shown`);
    return `${text.slice(0, limit)}…`;
  };
  /** `named`: the last string key on the way here; `depth`: this container's. Stops once past the limit. */
  const visit = (item: unknown, named: string | undefined, depth: number): unknown => {
    if (typeof item === 'string') return item.length > SHORTEST_LIMIT ? clipString(item, named) : item;
    if (item === null || typeof item !== 'object') return item;
    if (depth > deepest) deepest = depth;
    if (depth > limit) return item;
    if (Array.isArray(item)) {
      let copy: unknown[] | undefined;
      for (let index = 0; index < item.length && deepest <= limit; index++) {
        const child: unknown = item[index];
        path.push(index);
        const next = visit(child, named, depth + 1);
        path.pop();
        if (next !== child) (copy ??= item.slice())[index] = next;
      }
      return copy ?? item;
    }
    let copy: Record<string, unknown> | undefined;
    const record = item as Record<string, unknown>;
    // for…in with an own-key test: the same keys as Object.entries, without an array per object.
    for (const key in record) {
      if (deepest > limit) break;
      if (!Object.hasOwn(record, key)) continue;
      const child = record[key];
      path.push(key);
      if (key === 'attributes') attributesDepth++;
      const next = visit(child, key, depth + 1);
      if (key === 'attributes') attributesDepth--;
      path.pop();
      if (next === child) continue;
      if (!copy) {
        copy = {};
        for (const [ownKey, own] of Object.entries(record)) setOwn(copy, ownKey, own);
      }
      setOwn(copy, key, next);
    }
    return copy ?? item;
  };
  const limited = visit(value, undefined, 1);
  return { value: deepest > limit ? value : limited, depth: deepest };
}
