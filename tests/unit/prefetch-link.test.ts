import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledGraphSource } from '../../src/sources/bundled-graphs.ts';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { encodeLinkId } from '../../src/view/link/link-encoding.ts';
import { prefetchLinkedGraph } from '../../src/view/prefetch-link.ts';

function recordingSource(): { source: GraphSource; prefetched: string[]; lookedUp: string[] } {
  const prefetched: string[] = [];
  const lookedUp: string[] = [];
  const source: GraphSource = {
    defaultGraph: 'default-graph',
    canLoad: (ref) => ref === 'default-graph' || ref.startsWith('https://'),
    loadText: () => Promise.reject(new Error('not in this test')),
    prefetch: (ref) => prefetched.push(ref),
    imports: {
      get: () => Promise.resolve(undefined),
      put: () => Promise.resolve(),
      prefetch: (ref) => lookedUp.push(ref),
    },
  };
  return { source, prefetched, lookedUp };
}

describe('fetching the linked graph while the page starts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts on the graph the link names, or the default graph when it names none', () => {
    const { source, prefetched } = recordingSource();
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('https://example.org/g.json')}&node=a`);
    prefetchLinkedGraph(source, '');
    prefetchLinkedGraph(source, '#v=1&node=a');
    expect(prefetched).toEqual(['https://example.org/g.json', 'default-graph', 'default-graph']);
  });

  it('looks up what this browser kept of the graph (a local file, a mapping) at the same time', () => {
    const { source, lookedUp } = recordingSource();
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('https://example.org/g.json')}`);
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('file:my-graph-0123456789abcdef')}`);
    prefetchLinkedGraph(source, '');
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('sparql:https://example.org/sparql')}`);
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('ftp://example.org/g.json')}`);
    expect(lookedUp).toEqual(['https://example.org/g.json', 'file:my-graph-0123456789abcdef', 'default-graph']);
  });

  it('starts the parse worker for a file named by URL or kept in this browser, not for a shipped graph', () => {
    const started: number[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onmessage = null;
        onerror = null;
        constructor() {
          started.push(1);
        }
        terminate(): void {}
      },
    );
    const { source } = recordingSource();
    prefetchLinkedGraph(source, '');
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('sparql:https://example.org/sparql')}`);
    expect(started).toHaveLength(0);
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('https://example.org/g.json')}`);
    expect(started).toHaveLength(1);
    // One waits for the next read; a second link before that read starts no other.
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('file:my-graph-0123456789abcdef')}`);
    expect(started).toHaveLength(1);
  });

  it('leaves files kept in this browser, endpoints and graphs it cannot load to the usual way', () => {
    const { source, prefetched } = recordingSource();
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('file:my-graph-0123456789abcdef')}`);
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('sparql:https://example.org/sparql')}`);
    prefetchLinkedGraph(source, `#v=1&graph=${encodeLinkId('ftp://example.org/g.json')}`);
    expect(prefetched).toEqual([]);
  });

  it('hands the file fetched early to the next load once; a later load fetches afresh', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(`text ${fetched.length}`));
    });
    const url = 'https://example.org/early.json';
    bundledGraphSource.prefetch?.(url);
    bundledGraphSource.prefetch?.(url);
    expect(fetched).toEqual([url]);
    expect(await bundledGraphSource.loadText(url)).toBe('text 1');
    expect(await bundledGraphSource.loadText(url)).toBe('text 2');
  });

  it('reports a failed early fetch to the load that takes it, not before', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    const url = 'https://example.org/missing.json';
    bundledGraphSource.prefetch?.(url);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(bundledGraphSource.loadText(url)).rejects.toThrow('HTTP 404');
  });
});
