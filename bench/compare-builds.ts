// Two builds of the app, the same graph, runs interleaved: which build draws its first picture sooner.
// On a shared machine the floor moves by several seconds between runs of `npm run bench`; two builds
// measured in turn, each after the machine is quiet, show what a change did.
//
//   npx vite build --outDir /tmp/before   (on the older commit, e.g. in a git worktree)
//   npx vite build --outDir /tmp/after
//   npx tsx bench/compare-builds.ts /tmp/before /tmp/after [runs=8] [nodes=20000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { encodeLinkId } from '../src/view/link/link-encoding.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium.ts';
import { addProbes, timeToDrawn } from './page-probes.ts';
import { quietMachine } from './quiet-machine.ts';
import { serveMounts } from './server.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const [before, after, runsArg = '8', nodesArg = '20000'] = process.argv.slice(2);
if (before === undefined || after === undefined) {
  throw new Error('usage: npx tsx bench/compare-builds.ts <dist before> <dist after> [runs] [nodes]');
}
const runs = Number(runsArg);
const nodes = Number(nodesArg);
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium at /usr/bin/chromium or $CHROMIUM_PATH: apt-get install chromium');

const dataDir = mkdtempSync(join(tmpdir(), 'kg-compare-'));
writeFileSync(
  join(dataDir, 'g.json'),
  JSON.stringify(syntheticGraph({ id: `synthetic-${nodes}`, nodes, seed: nodes })),
);
const builds = [
  { name: 'before', dir: resolve(before) },
  { name: 'after', dir: resolve(after) },
] as const;
const server = await serveMounts([
  { prefix: '/data/', dir: dataDir },
  ...builds.map((build) => ({ prefix: `/${build.name}/`, dir: build.dir })),
]);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const times = new Map<string, number[]>(builds.map((build) => [build.name, []]));
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

try {
  for (let run = 0; run < runs; run++) {
    // Alternate which build goes first, so neither always runs on a warmer machine.
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
      await quietMachine();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await addProbes(page);
        await page.goto(`${server.origin}/${build.name}/#v=1&graph=${encodeLinkId(`${server.origin}/data/g.json`)}`);
        const ms = await timeToDrawn(page, 120_000);
        times.get(build.name)?.push(ms);
        console.log(`run ${run + 1} ${build.name.padEnd(6)} first picture ${ms.toFixed(0)} ms`);
      } finally {
        await context.close();
      }
    }
  }
  const [first, second] = builds.map((build) => median(times.get(build.name) ?? []));
  console.log(
    `medians of ${runs} runs, ${nodes.toLocaleString('en')} entities without positions: before ${first?.toFixed(0)} ms, after ${second?.toFixed(0)} ms (after/before ${((second ?? NaN) / (first ?? NaN)).toFixed(2)})`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
