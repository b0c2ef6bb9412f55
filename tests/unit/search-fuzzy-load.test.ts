import { describe, expect, it } from 'vitest';
import { fuzzySearchLoaded, loadFuzzySearch, onFuzzySearchLoaded, searchGraph } from '../../src/graph/search-index.ts';
import { makeGraph } from './support/graph-builder.ts';

const graph = makeGraph({
  nodes: [
    { id: 'lj', label: 'Luan Jian', type: 'person' },
    { id: 'wb', label: 'Wang Bin', type: 'person' },
  ],
});

describe('search before and after the fuzzy matcher has loaded', () => {
  it('finds names before it, typos once it is here, and says when it came', async () => {
    // A fresh module in this file: nothing has loaded fuse.js yet.
    expect(fuzzySearchLoaded()).toBe(false);
    expect(searchGraph(graph, 'luan')[0]?.id).toBe('lj');
    expect(searchGraph(graph, 'luan jain')).toEqual([]);
    let told = 0;
    const stop = onFuzzySearchLoaded(() => (told += 1));
    await Promise.all([loadFuzzySearch(), loadFuzzySearch()]);
    stop();
    expect(told).toBe(1);
    expect(fuzzySearchLoaded()).toBe(true);
    // The index built before it came finds typos now too.
    expect(searchGraph(graph, 'luan jain')[0]?.id).toBe('lj');
  });
});
