import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../src/graph/graph-model.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { formatProblem } from '../../src/graph/parse-report.ts';

/**
 * The bundled graph, `graph-data/xiaomi-ai.json`, for unit and component tests: one loader, read and
 * parsed once per test file. Facts about its content are pinned in tests/unit/bundled-graph.test.ts
 * only; other tests name entities or compute counts from it, so the graph can grow.
 */

// Not `new URL(path, import.meta.url)`: under jsdom, Vite turns that pattern into an asset URL, not a file.
export const BUNDLED_GRAPH_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../graph-data/xiaomi-ai.json');

let text: string | undefined;
let graph: Graph | undefined;

/** The file's text, as the app fetches it. */
export function bundledGraphText(): string {
  text ??= readFileSync(BUNDLED_GRAPH_FILE, 'utf8');
  return text;
}

/** The parsed graph; throws with the problems if the file no longer opens. Graphs are immutable, so one is shared. */
export function bundledGraph(): Graph {
  if (graph) return graph;
  const { graph: parsed, report } = parseGraph(bundledGraphText());
  if (!parsed) throw new Error(`the bundled graph does not open:\n${report.errors.map(formatProblem).join('\n')}`);
  graph = parsed;
  return graph;
}
