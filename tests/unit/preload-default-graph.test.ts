import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadDefaultGraph } from '../../scripts/preload-default-graph.ts';
import { defaultGraphId } from '../../src/sources/default-graph.ts';

function asset(fileName: string, original: string): unknown {
  return { type: 'asset', fileName, originalFileNames: [original], names: [], source: '' };
}

const bundle = {
  a: asset('assets/beta-123.json', 'graph-data/beta.json'),
  b: asset('assets/alpha-456.json', 'graph-data/alpha.json'),
  c: asset('assets/graph.schema-789.json', 'graph-data/graph.schema.json'),
  d: asset('assets/logo-1.svg', 'public/logo.svg'),
};

function tagsFor(configured: string | undefined, files: Record<string, unknown> = bundle): unknown {
  const plugin = preloadDefaultGraph(configured);
  const hook = plugin.transformIndexHtml;
  if (!hook || typeof hook !== 'object' || !('handler' in hook)) throw new Error('no transformIndexHtml handler');
  const context = {
    bundle: files,
    path: '/index.html',
    filename: 'index.html',
  } as unknown as IndexHtmlTransformContext;
  return (hook.handler as (html: string, context: IndexHtmlTransformContext) => unknown)('', context);
}

describe('the default graph, preloaded with the page', () => {
  it('is the configured graph when bundled, else the first by id', () => {
    expect(defaultGraphId(['beta', 'alpha'], undefined)).toBe('alpha');
    expect(defaultGraphId(['beta', 'alpha'], 'beta')).toBe('beta');
    expect(defaultGraphId(['beta', 'alpha'], 'missing')).toBe('alpha');
    expect(defaultGraphId([], undefined)).toBe('');
  });

  it("adds one preload link for that graph's built file, never the schema", () => {
    const link = (href: string): unknown => [
      { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href }, injectTo: 'head' },
    ];
    expect(tagsFor(undefined)).toEqual(link('./assets/alpha-456.json'));
    expect(tagsFor('beta')).toEqual(link('./assets/beta-123.json'));
    expect(tagsFor(undefined, { d: bundle.d })).toEqual([]);
  });
});
