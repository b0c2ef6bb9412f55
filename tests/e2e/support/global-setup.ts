import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { corpusDir, corpusMissingLine, mustUseCorpus } from '../../support/corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where tests/fixtures/ is served, on the app's origin: links can name those files by URL. */
    fixturesUrl: string;
    chromium: string;
    /** Where the shared corpus is on disk ('' when it is missing and that may be skipped), and on the server. */
    corpusDir: string;
    corpusUrl: string;
  }
}

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
  // The corpus is served from where it lies (never copied into the project), so links can name its files.
  const mounts = [
    { dir: fixtures, prefix: '/fixtures/' },
    ...(corpusDir ? [{ dir: corpusDir, prefix: '/corpus/' }] : []),
  ];
  const { url, origin, server } = await serveStatic(dist, '/kg/', mounts);
  project.provide('baseUrl', url);
  project.provide('fixturesUrl', `${origin}/fixtures/`);
  project.provide('chromium', chromium ?? '');
  project.provide('corpusDir', corpusDir ?? '');
  project.provide('corpusUrl', `${origin}/corpus/`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
