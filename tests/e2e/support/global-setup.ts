import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { syntheticGraph } from '../../../bench/synthetic-graph.ts';
import { findChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { corpusDir, corpusMissingLine, mustUseCorpus } from '../../support/corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where tests/fixtures/ is served, on the app's origin: links can name those files by URL. */
    fixturesUrl: string;
    /** Where graphs generated for the browser tests are served (synthetic-<nodes>.json), same origin. */
    generatedUrl: string;
    chromium: string;
    /** Where the shared corpus is on disk ('' when it is missing and that may be skipped), and on the server. */
    corpusDir: string;
    corpusUrl: string;
  }
}

/** Sizes of the generated graphs: a force layout worth cancelling, an overview, and the 20,000 of issue 12. */
const GENERATED_SIZES = [1000, 2500, 20000];

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/**
 * Serves the production build under /kg/ and finds Chromium. Without Chromium the layer fails
 * under CI=true and otherwise skips with one loud line.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = findChromium();
  if (!chromium) {
    const line =
      'E2E: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH — install it with `apt-get install chromium`.';
    if (process.env.CI === 'true') throw new Error(`${line} (CI=true: failing instead of skipping)`);
    console.warn(`\n!!!!! ${line} Browser tests are SKIPPED. !!!!!\n`);
  }
  if (!existsSync(`${dist}index.html`))
    throw new Error(`E2E: no build in ${dist}; run \`npm run test:e2e\` (it builds first).`);
  if (!corpusDir) {
    if (mustUseCorpus) throw new Error(`E2E: ${corpusMissingLine()} (CI=true: failing instead of skipping)`);
    console.warn(`\n!!!!! E2E: ${corpusMissingLine()}. Corpus tests are SKIPPED. !!!!!\n`);
  }
  // Large graphs are made here, not kept in the repository: the bench's deterministic generator.
  const generated = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  for (const nodes of GENERATED_SIZES) {
    const file = syntheticGraph({ id: `synthetic-${nodes}`, nodes, seed: nodes });
    writeFileSync(join(generated, `synthetic-${nodes}.json`), JSON.stringify(file));
  }
  // The corpus is served from where it lies (never copied into the project), so links can name its files.
  const { url, origin, server } = await serveStatic(dist, '/kg/', [
    { dir: fixtures, prefix: '/fixtures/' },
    { dir: generated, prefix: '/generated/' },
    ...(corpusDir ? [{ dir: corpusDir, prefix: '/corpus/' }] : []),
  ]);
  project.provide('baseUrl', url);
  project.provide('fixturesUrl', `${origin}/fixtures/`);
  project.provide('generatedUrl', `${origin}/generated/`);
  project.provide('chromium', chromium ?? '');
  project.provide('corpusDir', corpusDir ?? '');
  project.provide('corpusUrl', `${origin}/corpus/`);
  return () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        rmSync(generated, { recursive: true, force: true });
        resolve();
      }),
    );
}
