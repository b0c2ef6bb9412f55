import type { BundleSize } from './bundle-size.ts';
import type { RunFigures } from './fresh-page-run.ts';
import type { BenchGraph } from './graph-files.ts';
import type { LighthouseFigures } from './lighthouse-run.ts';

/** A figure of both pages (medians of the runs) and app / plain. */
export interface Pair {
  readonly plain: number;
  readonly app: number;
  readonly ratio: number;
}

/** Medians of the runs of both pages on one graph; ratio is app / plain. */
export interface GraphResult {
  readonly graph: string;
  readonly nodes: number;
  readonly edges: number;
  /** The app's layout (`fcose, floor preset`: the plain page draws the same graph with positions given). */
  readonly layout: string;
  readonly runs: number;
  /** Navigation start → first picture (ms). */
  readonly load: Pair;
  /** Navigation start → the layout asked for drawn (ms); the plain page draws nothing before it. */
  readonly layoutDrawn: Pair;
  readonly filter: Pair & {
    /** Nodes left visible: both pages must show the same set. */
    readonly plainVisible: number;
    readonly appVisible: number;
  };
  readonly heapMB: Pair;
  /** Longest main-thread task in the 8 s after the first picture (ms), when watched. */
  readonly longestTask?: Pair;
  /** Search for a member until it is selected and drawn (ms), when measured. */
  readonly search?: Pair & { readonly query: string };
}

export interface BenchReport {
  readonly date: string;
  readonly chromium: string;
  readonly node: string;
  readonly cpus: number;
  /** `uptime`'s load averages (1, 5, 15 min) when the run started and ended: the machine is shared. */
  readonly load: { readonly start: readonly number[]; readonly end: readonly number[] };
  readonly durationS: number;
  readonly bundle: { readonly app: BundleSize; readonly plain: BundleSize };
  readonly graphs: readonly GraphResult[];
  readonly lighthouse: readonly LighthouseFigures[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return value ?? Number.NaN;
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(graph: BenchGraph, plain: readonly RunFigures[], app: readonly RunFigures[]): GraphResult {
  const of = (runs: readonly RunFigures[], pick: (run: RunFigures) => number): number => median(runs.map(pick));
  const pair = (pick: (run: RunFigures) => number, scale = 1): Pair => {
    const plainValue = of(plain, pick) / scale;
    const appValue = of(app, pick) / scale;
    return { plain: round(plainValue), app: round(appValue), ratio: round(appValue / plainValue, 3) };
  };
  return {
    graph: graph.name,
    nodes: graph.nodes,
    edges: graph.edges,
    layout: graph.floor === undefined ? graph.layout : `${graph.layout}, floor ${graph.floor}`,
    runs: app.length,
    load: pair((run) => run.loadMs),
    layoutDrawn: pair((run) => run.layoutMs),
    filter: {
      ...pair((run) => run.filter.ms),
      plainVisible: of(plain, (run) => run.filter.visible),
      appVisible: of(app, (run) => run.filter.visible),
    },
    heapMB: pair((run) => run.heapBytes, 1024 * 1024),
    ...(graph.watchLongTasks && { longestTask: pair((run) => run.longestTaskMs ?? Number.NaN) }),
    ...(graph.search && { search: { ...pair((run) => run.searchMs ?? Number.NaN), query: graph.search.query } }),
  };
}
