import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/graph/parse-report.ts';
import { readGraph } from '../../src/sources/read-graph.ts';

const dir = new URL('../fixtures/hostile/', import.meta.url);

function read(name: string) {
  const text = readFileSync(new URL(name, dir), 'utf8');
  return readGraph({ files: [{ name, text }], identity: { id: `file:${name}`, title: name }, options: {} });
}

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('hostile files in Node', () => {
  it.each(['script-everywhere.json', 'script-everywhere.graphml', 'script-everywhere.cyjs', 'script-everywhere.csv'])(
    '%s opens, its payloads kept as the text they are',
    (name) => {
      const { graph, report } = read(name);
      expect(report.errors).toEqual([]);
      const labels = [...(graph?.nodes.values() ?? [])].map((node) => node.label).join('\n');
      expect(labels).toContain(name.endsWith('.csv') ? '=HYPERLINK' : PAYLOAD);
    },
  );

  it('keeps prototype-named ids, types, sources and keys ordinary', () => {
    const { graph, report } = read('prototype-ids.json');
    expect(report.errors).toEqual([]);
    expect([...(graph?.nodes.keys() ?? [])]).toEqual([
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
    ]);
    expect(graph?.nodes.get('__proto__')?.type).toBe('__proto__');
    expect([...(graph?.nodes.get('__proto__')?.attributes.keys() ?? [])]).toEqual(['__proto__', 'constructor']);
    expect(graph?.sources.get('__proto__')?.title).toBe('Proto source');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses every wrong type, each with its path', () => {
    const { graph, report } = read('wrong-types.json');
    expect(graph).toBeUndefined();
    const messages = report.errors.map(formatProblem);
    expect(messages).toEqual(
      expect.arrayContaining([
        'title: must be a string, not an array',
        'sources: must be an array, not a string',
        'nodes[0].label: must be a string, not null',
        'nodes[0].labels: must be an object, not an array',
        'nodes[1]: must be an object, not a number',
        'edges[0].former: must be a boolean (true or false), not a string',
        'edges[0].evidence[0].quote: must be a string, not a number',
      ]),
    );
  });

  it('reads no external entity and expands no entity bomb', () => {
    expect(read('external-entity.graphml').report.errors.map(formatProblem)).toEqual([
      'line 2, column 1: XML syntax error: External entities are not supported',
    ]);
    const laughs = read('billion-laughs.graphml');
    expect(laughs.graph?.nodes.get('a')?.label.length).toBeLessThan(100);
  });
});
