// `npm run bench` (builds the app first): the explorer against a plain Cytoscape page drawing the
// same graph files, in one Chromium, each run in a fresh context. Prints a table and writes
// bench/results/latest.json. Figures, not tests: nothing here passes or fails on a number.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { encodeLinkId } from '../src/view/link/link-encoding.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium.ts';
import { initialBundleSize } from './bundle-size.ts';
import type { RunFigures } from './fresh-page-run.ts';
import { writeGraphFiles, type BenchGraph } from './graph-files.ts';
import { measureApp } from './measure-app.ts';
import { measurePlain } from './measure-plain.ts';
import { compressedCopy } from './compressed-copy.ts';
import { runLighthouse } from './lighthouse-run.ts';
import { summarise, type BenchReport, type GraphResult } from './report.ts';
import { formatReport } from './report-table.ts';
import { serveMounts } from './server.ts';

const started = performance.now();
const loadAtStart = loadavg().map((value) => Math.round(value * 100) / 100);
/** Lighthouse runs per form factor (`BENCH_LIGHTHOUSE_RUNS=0` skips it). */
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium at /usr/bin/chromium or $CHROMIUM_PATH: apt-get install chromium');

const work = mkdtempSync(join(tmpdir(), 'kg-bench-'));
const dataDir = join(work, 'data');
const plainDir = join(work, 'plain');
mkdirSync(dataDir);
// `BENCH_ONLY=<regex>` measures only the graphs whose name matches (for a quick look; the full bench is the record).
const only = process.env.BENCH_ONLY === undefined ? undefined : new RegExp(process.env.BENCH_ONLY);
const graphs = writeGraphFiles(dataDir, join(root, 'graph-data', 'xiaomi-ai.json')).filter(
  (graph) => only === undefined || only.test(graph.name),
);
await build({ configFile: join(root, 'bench', 'vite.config.ts'), build: { outDir: plainDir } });

const server = await serveMounts([
  { prefix: '/kg/', dir: dist },
  { prefix: '/kg-bench-data/', dir: dataDir },
  { prefix: '/plain/', dir: plainDir },
]);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const chromiumVersion = `Chromium ${browser.version()}`;

const urlsOf = (graph: BenchGraph): { app: string; plain: string } => {
  const file = `${server.origin}/kg-bench-data/${graph.fileName}`;
  const plainFile = `${server.origin}/kg-bench-data/${graph.plainFileName}`;
  return {
    app: `${server.origin}/kg/#v=1${graph.appParams}&graph=${encodeLinkId(graph.bundledId ?? file)}`,
    plain: `${server.origin}/plain/?graph=${encodeURIComponent(plainFile)}`,
  };
};

try {
  const results: GraphResult[] = [];
  // One unmeasured round on the smallest graph, so the first figures do not pay for a cold server and disk.
  const first = graphs[0];
  if (first)
    await Promise.all([
      measureApp(browser, urlsOf(first).app, first),
      measurePlain(browser, urlsOf(first).plain, first),
    ]);
  for (const graph of graphs) {
    const urls = urlsOf(graph);
    const app: RunFigures[] = [];
    const plain: RunFigures[] = [];
    for (let run = 0; run < graph.runs; run++) {
      // Alternate which page goes first, so neither always runs on a warmer machine.
      if (run % 2 === 0) {
        app.push(await measureApp(browser, urls.app, graph));
        plain.push(await measurePlain(browser, urls.plain, graph));
      } else {
        plain.push(await measurePlain(browser, urls.plain, graph));
        app.push(await measureApp(browser, urls.app, graph));
      }
    }
    results.push(summarise(graph, plain, app));
    console.error(`  measured ${graph.name} (${graph.runs} runs each)`);
  }
  await browser.close();
  const compressed = join(work, 'compressed');
  compressedCopy(dist, compressed);
  const lighthouse = lighthouseRuns > 0 ? await runLighthouse(compressed, executablePath, lighthouseRuns) : [];
  console.error(`  Lighthouse: ${lighthouseRuns} runs each, mobile and desktop`);
  const report: BenchReport = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.versions.node,
    cpus: cpus().length,
    load: { start: loadAtStart, end: loadavg().map((value) => Math.round(value * 100) / 100) },
    lighthouse,
    durationS: Math.round((performance.now() - started) / 1000),
    bundle: { app: initialBundleSize(dist), plain: initialBundleSize(plainDir) },
    graphs: results,
  };
  console.log(formatReport(report));
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench/results/latest.json');
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
