import type { BundleSize } from './bundle-size.ts';
import type { RunFigures } from './fresh-page-run.ts';
import type { BenchGraph } from './graph-files.ts';

/** Medians of the runs of both pages on one graph; ratio is app / plain. */
export interface GraphResult {
  readonly graph: string;
  readonly nodes: number;
  readonly edges: number;
  readonly layout: BenchGraph['layout'];
  readonly runs: number;
  readonly load: { readonly plainMs: number; readonly appMs: number; readonly ratio: number };
  readonly filter: {
    readonly plainMs: number;
    readonly appMs: number;
    readonly ratio: number;
    /** Nodes left visible: both pages must show the same set. */
    readonly plainVisible: number;
    readonly appVisible: number;
  };
  readonly heapMB: { readonly plain: number; readonly app: number; readonly ratio: number };
}

export interface BenchReport {
  readonly date: string;
  readonly chromium: string;
  readonly node: string;
  readonly cpus: number;
  readonly durationS: number;
  readonly bundle: { readonly app: BundleSize; readonly plain: BundleSize };
  readonly graphs: readonly GraphResult[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return value ?? Number.NaN;
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(graph: BenchGraph, plain: readonly RunFigures[], app: readonly RunFigures[]): GraphResult {
  const of = (runs: readonly RunFigures[], pick: (run: RunFigures) => number): number => median(runs.map(pick));
  const pair = (pick: (run: RunFigures) => number, scale = 1) => {
    const plainValue = of(plain, pick) / scale;
    const appValue = of(app, pick) / scale;
    return { plain: round(plainValue), app: round(appValue), ratio: round(appValue / plainValue, 2) };
  };
  const load = pair((run) => run.loadMs);
  const filter = pair((run) => run.filter.ms);
  const heap = pair((run) => run.heapBytes, 1024 * 1024);
  return {
    graph: graph.name,
    nodes: graph.nodes,
    edges: graph.edges,
    layout: graph.layout,
    runs: app.length,
    load: { plainMs: load.plain, appMs: load.app, ratio: load.ratio },
    filter: {
      plainMs: filter.plain,
      appMs: filter.app,
      ratio: filter.ratio,
      plainVisible: of(plain, (run) => run.filter.visible),
      appVisible: of(app, (run) => run.filter.visible),
    },
    heapMB: heap,
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

const kib = (bytes: number): string => `${round(bytes / 1024)} KiB`;

/** The figures as the table the bench prints. */
export function formatReport(report: BenchReport): string {
  const rows = [
    [
      'graph',
      'nodes',
      'edges',
      'layout',
      'runs',
      'load plain ms',
      'load app ms',
      'app/plain',
      'filter plain ms',
      'filter app ms',
      'app/plain',
      'heap plain MB',
      'heap app MB',
      'app/plain',
    ],
    ...report.graphs.map((result) => [
      result.graph,
      String(result.nodes),
      String(result.edges),
      result.layout,
      String(result.runs),
      String(result.load.plainMs),
      String(result.load.appMs),
      `${result.load.ratio}×`,
      String(result.filter.plainMs),
      String(result.filter.appMs),
      `${result.filter.ratio}×`,
      String(result.heapMB.plain),
      String(result.heapMB.app),
      `${result.heapMB.ratio}×`,
    ]),
  ];
  const mismatches = report.graphs
    .filter((result) => result.filter.plainVisible !== result.filter.appVisible)
    .map(
      (result) =>
        `  ! ${result.graph}: after the filter the app shows ${result.filter.appVisible} nodes, plain ${result.filter.plainVisible}`,
    );
  const { app, plain } = report.bundle;
  return [
    table(rows),
    ...mismatches,
    '',
    `initial JS: app ${kib(app.rawBytes)} (${kib(app.gzipBytes)} gzip), plain page ${kib(plain.rawBytes)} (${kib(plain.gzipBytes)} gzip)`,
    `medians; load = navigation start → graph drawn; filter = click → canvas changed; heap after forced GC`,
    `${report.chromium}, Node ${report.node}, ${report.cpus} CPUs, ${report.durationS} s in all`,
  ].join('\n');
}
