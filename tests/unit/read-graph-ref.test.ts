import { describe, expect, it } from 'vitest';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { encodeLinkId } from '../../src/view/link/link-encoding.ts';
import { prefetchLinkedGraph } from '../../src/view/prefetch-link.ts';
import { readGraphRef, readGraphRefEarly } from '../../src/view/read-graph-ref.ts';

const GRAPH = JSON.stringify({
  version: 1,
  id: 'g',
  title: 'A graph',
  nodes: [{ id: 'ada', label: 'Ada', type: 'person' }],
  edges: [],
});

/** A source serving one file by URL, counting how often it was fetched. */
function countingSource(text: Promise<string> | string = GRAPH): { source: GraphSource; fetches: () => number } {
  let fetches = 0;
  const source: GraphSource = {
    defaultGraph: 'default-graph',
    canLoad: (ref) => ref.startsWith('https://'),
    loadText: () => {
      fetches += 1;
      return Promise.resolve(text);
    },
  };
  return { source, fetches: () => fetches };
}

describe('a read started as the page starts', () => {
  it('is the read the explorer then asks for: the file is fetched and read once', async () => {
    const { source, fetches } = countingSource();
    const url = 'https://example.org/early-once.json';
    readGraphRefEarly(source, url);
    expect(fetches()).toBe(1);
    const read = await readGraphRef(source, url);
    expect(fetches()).toBe(1);
    expect(read.result.graph?.nodes.get('ada')?.label).toBe('Ada');
    expect(read.input.name).toBe('early-once.json');
    // Taken once: the next read fetches afresh.
    await readGraphRef(source, url);
    expect(fetches()).toBe(2);
  });

  it('is started by a link that names a file by URL, not by one that names a shipped graph', async () => {
    const { source, fetches } = countingSource();
    prefetchLinkedGraph(source, '');
    expect(fetches()).toBe(0);
    const url = 'https://example.org/linked.json';
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId(url)}&node=ada`);
    expect(fetches()).toBe(1);
    expect((await readGraphRef(source, url)).result.graph?.title).toBe('A graph');
    expect(fetches()).toBe(1);
  });

  it('belongs to its source: another source reading the same ref reads it itself', async () => {
    const first = countingSource();
    const second = countingSource();
    const url = 'https://example.org/two-sources.json';
    readGraphRefEarly(first.source, url);
    await readGraphRef(second.source, url);
    expect([first.fetches(), second.fetches()]).toEqual([1, 1]);
  });

  it('reports a failure to the read that takes it, with its own message', async () => {
    const { source } = countingSource(Promise.reject(new Error('HTTP 404 — no such file')));
    const url = 'https://example.org/missing-early.json';
    readGraphRefEarly(source, url);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(readGraphRef(source, url)).rejects.toThrow('HTTP 404');
  });
});
