import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { hasGraphFileShape } from '../../src/graph/file-shape.ts';
import { graphFileSchema } from '../../src/graph/graph-schema.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { BUNDLED_GRAPH_FILE } from '../support/bundled-graph.ts';

const zodSays = (value: unknown): boolean => graphFileSchema.safeParse(value).success;

/**
 * The compiled check never passes what zod refuses. It refuses what zod passes only where zod looks
 * away: a record's `__proto__` key, which zod skips and the compiled check judges; zod, asked then,
 * passes the file as before.
 */
function expectZodsVerdict(value: unknown): void {
  const fast = hasGraphFileShape(value);
  const zod = zodSays(value);
  if (fast) expect(zod).toBe(true);
  else if (zod) expect(JSON.stringify(value)).toContain('"__proto__":');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A small valid file with every optional field somewhere, to be broken in one place. */
function fullFile(): Record<string, Json> {
  return {
    $schema: './knowledge-graph.schema.json',
    version: 1,
    id: 'g',
    title: 'G',
    description: 'd',
    sources: [{ id: 's', title: 'S', publisher: 'P', date: '2023-04', url: 'https://example.org' }],
    nodeTypes: { team: { label: 'Team', color: '#123456' } },
    edgeTypes: { reports_to: { label: 'reports to', inverse: 'has report' } },
    nodes: [
      {
        id: 'a',
        label: 'A',
        type: 'person',
        aliases: ['Ay'],
        labels: { zh: '甲', 'pt-BR': 'Á' },
        summary: 's',
        links: { home: 'https://example.org/a' },
        position: { x: 1, y: 2.5 },
        attributes: { age: 3, tags: ['x'], nested: { deep: null } },
      },
      { id: 'b', label: 'B', type: 'team' },
    ],
    edges: [
      {
        id: 'e',
        source: 'a',
        target: 'b',
        type: 'holds_role',
        title: 'Lead',
        start: '2023',
        end: '2024-01-02',
        former: true,
        evidence: [{ source: 's', quote: 'A leads B.' }],
        attributes: { weight: 2 },
      },
    ],
  };
}

/** Every path to a value in `value` (keys and indexes), the root included. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const inside: Array<Array<string | number>> = [];
  if (Array.isArray(value)) value.forEach((item, index) => inside.push(...paths(item, [...at, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) inside.push(...paths(item, [...at, key]));
  return [at, ...inside];
}

type Edit =
  | { readonly kind: 'replace'; readonly with: Json }
  | { readonly kind: 'delete' }
  | { readonly kind: 'add'; readonly key: string; readonly with: Json };

/** `file` with one edit at `path`: a value replaced, a key or item removed, a key added to an object. */
function edited(file: Json, path: ReadonlyArray<string | number>, edit: Edit): Json {
  const copy = JSON.parse(JSON.stringify(file)) as Json;
  if (path.length === 0) return edit.kind === 'replace' ? edit.with : copy;
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step] as Json;
  const last = path[path.length - 1] as string | number;
  const holder = parent as Record<string | number, Json>;
  if (edit.kind === 'replace') holder[last] = edit.with;
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(holder, last);
  } else {
    const target = holder[last];
    // As JSON.parse adds a key: `__proto__` too becomes a key of its own, not the object's prototype.
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, edit.key, {
        value: edit.with,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

// Values that sit on the edges of the schema: empty text, a number for text, lists, null, language tags.
const awkward = fc.oneof(
  fc.constantFrom<Json>('', 'x', 'zh', 'zh-Hant', 'not a tag', 0, 1, 2, 1.5, -1, true, false, null, [], {}, [''], {
    x: 1,
    y: 2,
  }),
  fc.jsonValue() as fc.Arbitrary<Json>,
);
const keys = fc.constantFrom('id', 'label', 'type', 'x', 'zh', 'en-GB', '1a', '__proto__', 'constructor', '', 'extra');

describe('the compiled shape check', () => {
  it('passes the files zod passes: the bundled graph, a synthetic one', () => {
    const bundled = JSON.parse(readFileSync(BUNDLED_GRAPH_FILE, 'utf8')) as unknown;
    const synthetic = syntheticGraph({ id: 's', nodes: 300, seed: 3 });
    for (const file of [bundled, synthetic, fullFile()]) {
      expect(zodSays(file)).toBe(true);
      expect(hasGraphFileShape(file)).toBe(true);
    }
  });

  it('never passes what zod refuses, in a file broken in any one place (property)', () => {
    const file = fullFile();
    const everywhere = paths(file);
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      awkward.map((value) => ({ kind: 'replace', with: value }) as const),
      fc.constant({ kind: 'delete' } as const),
      fc.tuple(keys, awkward).map(([key, value]) => ({ kind: 'add', key, with: value }) as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...everywhere), edit, (path, change) => {
        expectZodsVerdict(edited(file, path, change));
      }),
      { numRuns: 3000 },
    );
  });

  it('never passes what zod refuses, whatever the JSON (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectZodsVerdict(value)));
  });

  it('leaves the telling to zod: a refused file is reported with paths as before', () => {
    const broken = edited(fullFile(), ['nodes', 1, 'label'], { kind: 'replace', with: 3 });
    expect(hasGraphFileShape(broken)).toBe(false);
    const { graph, report } = parseGraph(broken);
    expect(graph).toBeUndefined();
    expect(report.errors.map((problem) => problem.path)).toContain('nodes[1].label');
  });

  it("refuses a `__proto__` key where zod does, and leaves a record's to zod, which passes it", () => {
    const file = (node: string, types: string): unknown =>
      JSON.parse(
        `{"version":1,"id":"g","title":"G","edgeTypes":{"r":{"label":"R"}${types}},"nodes":[{"id":"a","label":"A","type":"person"${node}}],"edges":[]}`,
      );
    const inAnEntity = file(',"__proto__":{"x":1}', '');
    expect(zodSays(inAnEntity)).toBe(false);
    expect(hasGraphFileShape(inAnEntity)).toBe(false);
    expect(parseGraph(inAnEntity).graph).toBeUndefined();
    // No language tag, so the compiled check refuses it; zod skips the key; the file opens as before.
    const inARecord = file(',"labels":{"zh":"甲","__proto__":"x"}', '');
    expect(hasGraphFileShape(inARecord)).toBe(false);
    expect(zodSays(inARecord)).toBe(true);
    expect(parseGraph(inARecord).report.errors).toEqual([]);
  });
});
