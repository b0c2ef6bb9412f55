import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { computeLayout } from '../src/canvas/layouts.ts';
import { parseGraph } from '../src/graph/parse-graph.ts';
import { defaultLayout } from '../src/view/default-layout.ts';

/** `[layout name, [node id, x, y][]][]`: what a `…json?layouts` import gives (sources/bundled-graphs.ts). */
export type PrecomputedLayoutRows = ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, number]>]>;

const QUERY = '?layouts';
const VIRTUAL = '\0kg-layouts:';
// Not ending in `.json`, so Vite's JSON plugin leaves the generated module alone.
const SUFFIX = '.layouts.js';

/** The default layout of one graph file, when it is a computed one: the positions the layout worker would give. */
export function precomputedLayoutRows(text: string): PrecomputedLayoutRows {
  const { graph } = parseGraph(text);
  if (!graph) return [];
  const name = defaultLayout(graph);
  if (name !== 'fcose' && name !== 'concentric' && name !== 'hierarchy') return [];
  const round = (value: number): number => Math.round(value * 100) / 100;
  const rows = [...computeLayout(graph, name)].map(([id, { x, y }]) => [id, round(x), round(y)] as const);
  return [[name, rows]];
}

/**
 * Computes, at build time, the default layout of every bundled graph file imported with `?layouts`,
 * so a bundled graph opens without running a layout (issue 12, "First load"). Generic: it runs the
 * app's own layout code on whatever file is imported, and knows no graph.
 */
export function bundledLayouts(): Plugin {
  return {
    name: 'kg-bundled-layouts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const path = new URL(source.slice(0, -QUERY.length), `file://${importer ?? '/'}`).pathname;
      return `${VIRTUAL}${path}${SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const file = id.slice(VIRTUAL.length, -SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(precomputedLayoutRows(readFileSync(file, 'utf8')))};`;
    },
  };
}
