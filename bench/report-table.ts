import type { BenchReport, GraphResult, Pair } from './report.ts';
import { round } from './report.ts';

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
const cells = (pair: Pair | undefined): string[] =>
  pair === undefined ? ['', '', ''] : [String(pair.plain), String(pair.app), `${pair.ratio}×`];

const HEAD = ['graph', 'nodes', 'layout', 'runs'];
const PAIRS: ReadonlyArray<readonly [string, (result: GraphResult) => Pair | undefined]> = [
  ['first picture ms', (result) => result.load],
  ['layout drawn ms', (result) => result.layoutDrawn],
  ['filter ms', (result) => result.filter],
  ['longest task ms', (result) => result.longestTask],
  ['search ms', (result) => result.search],
  ['heap MB', (result) => result.heapMB],
];

/** The figures as the tables the bench prints (plain page, app, app / plain for each). */
export function formatReport(report: BenchReport): string {
  const rows = [
    [...HEAD, ...PAIRS.flatMap(([name]) => [`${name} plain`, 'app', 'app/plain'])],
    ...report.graphs.map((result) => [
      result.graph,
      String(result.nodes),
      result.layout,
      String(result.runs),
      ...PAIRS.flatMap(([, pick]) => cells(pick(result))),
    ]),
  ];
  const mismatches = report.graphs
    .filter((result) => result.filter.plainVisible !== result.filter.appVisible)
    .map(
      (result) =>
        `  ! ${result.graph}: after the filter the app shows ${result.filter.appVisible} nodes, plain ${result.filter.plainVisible}`,
    );
  const { app, plain } = report.bundle;
  const lighthouse = report.lighthouse.map(
    (figures) =>
      `Lighthouse ${figures.formFactor} (${figures.runs} runs, median): performance ${figures.score}, FCP ${figures.fcpMs} ms, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms, CLS ${figures.cls}`,
  );
  return [
    table(rows),
    ...mismatches,
    '',
    `initial JS: app ${kib(app.rawBytes)} (${kib(app.gzipBytes)} gzip), plain page ${kib(plain.rawBytes)} (${kib(plain.gzipBytes)} gzip)`,
    ...lighthouse,
    'medians; first picture = navigation start → first drawn graph; layout drawn = → the layout asked for drawn;',
    'filter = click → canvas changed; longest task = in the 8 s after the first picture; search = typed name + Enter → selected and drawn',
    `${report.chromium}, Node ${report.node}, ${report.cpus} CPUs, load ${report.load.start.join(' ')} → ${report.load.end.join(' ')}, ${report.durationS} s in all`,
  ].join('\n');
}
