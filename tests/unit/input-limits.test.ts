import { describe, expect, it } from 'vitest';
import { limitInput, MAX_NAME_LENGTH, MAX_NESTING, MAX_TEXT_LENGTH } from '../../src/graph/input-limits.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { formatProblem, ProblemList } from '../../src/graph/parse-report.ts';

const base = { version: 1, id: 'limits', title: 'Limits', edges: [] };
const person = (extra: Record<string, unknown>) => ({ id: 'a', label: 'A', type: 'person', ...extra });

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('limits on what a file may hold', () => {
  it('measures nesting going no deeper than one past the limit, even 100,000 deep', () => {
    const depth = (value: unknown): number => limitInput(value, new ProblemList()).depth;
    expect(depth(1)).toBe(0);
    expect(depth([[1], {}])).toBe(2);
    expect(depth({ a: [{ b: [] }], c: 'x' })).toBe(4);
    expect(depth(nested(100_000))).toBe(MAX_NESTING + 1);
    // A long text before the deep part is not cut: a file too deep is refused as it was given.
    const deep = { note: 'n'.repeat(MAX_TEXT_LENGTH + 1), deep: nested(MAX_NESTING + 5) };
    expect(limitInput(deep, new ProblemList()).value).toBe(deep);
  });

  it('refuses a file nested 100,000 deep with one sentence, as text and as a value', () => {
    // Written as text: JSON.stringify itself would overflow the stack on such a value.
    const text = `{"version":1,"id":"d","title":"D","edges":[],"nodes":[{"id":"a","label":"A","type":"person","attributes":{"deep":${'['.repeat(100_000)}1${']'.repeat(100_000)}}}]}`;
    const expected = ['the file nests arrays or objects more than 100 levels deep; graph files are read to 100 levels'];
    for (const input of [text, JSON.parse(text) as unknown]) {
      const { graph, report } = parseGraph(input);
      expect(graph).toBeUndefined();
      expect(report.errors.map(formatProblem)).toEqual(expected);
    }
  });

  it('opens a file nested to the limit', () => {
    expect(
      parseGraph({ ...base, nodes: [person({ attributes: { deep: nested(MAX_NESTING - 4) } })] }).graph,
    ).toBeDefined();
  });

  it('cuts a huge label, alias, Chinese label and summary, saying where, and opens the rest', () => {
    const { graph, report } = parseGraph({
      ...base,
      nodes: [
        person({
          label: 'L'.repeat(5_000_000),
          aliases: ['ok', 'A'.repeat(2_000)],
          labels: { zh: '栾'.repeat(1_001) },
          summary: 'S'.repeat(MAX_TEXT_LENGTH + 1),
        }),
      ],
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatProblem)).toEqual([
      'nodes[0].label: 5,000,000 characters long; only the first 1,000 are shown',
      'nodes[0].aliases[1]: 2,000 characters long; only the first 1,000 are shown',
      'nodes[0].labels.zh: 1,001 characters long; only the first 1,000 are shown',
      'nodes[0].summary: 100,001 characters long; only the first 100,000 are shown',
    ]);
    const node = graph?.nodes.get('a');
    expect(node?.label.length).toBe(MAX_NAME_LENGTH + 1);
    expect(node?.label.endsWith('…')).toBe(true);
    expect(node?.aliases[0]).toBe('ok');
  });

  it('refuses an id longer than 1,000 characters', () => {
    const { report } = parseGraph({ ...base, nodes: [person({ id: 'x'.repeat(1_001) })] });
    expect(report.errors.map(formatProblem)).toContain('nodes[0].id: 1,001 characters long; ids are at most 1,000');
  });

  it('keeps `__proto__` keys as data while copying', () => {
    const attributes = JSON.parse('{"__proto__": {"polluted": "yes"}, "note": "n"}') as unknown;
    const { graph } = parseGraph({ ...base, nodes: [person({ attributes })] });
    expect([...(graph?.nodes.get('a')?.attributes.keys() ?? [])]).toEqual(['__proto__', 'note']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('cutting long text copies only what it cuts', () => {
  it('leaves the value it was given as it was, and shares what holds nothing to cut', () => {
    const long = 'L'.repeat(MAX_NAME_LENGTH + 10);
    const untouched = person({ id: 'b', label: 'B' });
    const input = { ...base, nodes: [person({ label: long, aliases: ['x'] }), untouched] };
    const { graph } = parseGraph(input);
    expect(input.nodes[0]?.label).toBe(long);
    expect(graph?.nodes.get('a')?.label.length).toBe(MAX_NAME_LENGTH + 1);
    expect(graph?.nodes.get('b')?.label).toBe('B');
  });

  it('keeps a `__proto__` key as data in an object it had to copy', () => {
    const attributes = JSON.parse(
      `{"__proto__": {"polluted": "yes"}, "note": "${'n'.repeat(MAX_TEXT_LENGTH + 1)}"}`,
    ) as unknown;
    const { graph, report } = parseGraph({ ...base, nodes: [person({ attributes })] });
    expect(report.warnings.map(formatProblem)).toEqual([
      'nodes[0].attributes.note: 100,001 characters long; only the first 100,000 are shown',
    ]);
    const kept = graph?.nodes.get('a')?.attributes;
    expect([...(kept?.keys() ?? [])]).toEqual(['__proto__', 'note']);
    expect(kept?.get('__proto__')).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not take an id inside attributes for an id', () => {
    const { report } = parseGraph({
      ...base,
      nodes: [person({ attributes: { id: 'i'.repeat(MAX_TEXT_LENGTH + 1) } })],
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatProblem)).toEqual([
      'nodes[0].attributes.id: 100,001 characters long; only the first 100,000 are shown',
    ]);
  });
});
