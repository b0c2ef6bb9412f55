import type { Plugin } from 'vite';
import { defaultGraphId } from '../src/sources/default-graph.ts';

/** A bundled graph file: `graph-data/<id>.json`, not its schema. */
const GRAPH_FILE = /(?:^|\/)graph-data\/([^/]+)\.json$/;

/**
 * Adds `<link rel="preload" as="fetch">` for the default graph's file to the built index.html, so the
 * file arrives while the page's code does instead of after it has run (the first picture of the
 * bundled graph waits for that file). Generic: it preloads whichever bundled file is the default by
 * the page's own rule (`defaultGraphId`). A link naming another graph leaves the small file unused.
 */
export function preloadDefaultGraph(configured: string | undefined): Plugin {
  return {
    name: 'kg-preload-default-graph',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = new Map<string, string>();
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'asset') continue;
          for (const original of output.originalFileNames) {
            const id = GRAPH_FILE.exec(original)?.[1];
            if (id !== undefined && !id.endsWith('.schema')) files.set(id, output.fileName);
          }
        }
        const file = files.get(defaultGraphId(files.keys(), configured));
        if (file === undefined) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${file}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
