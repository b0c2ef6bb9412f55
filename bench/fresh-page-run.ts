import type { Browser, Page } from 'playwright-core';
import type { BenchGraph } from './graph-files.ts';
import { heapUsedAfterGc } from './heap.ts';
import { addProbes, timeToDrawn, type ChangeTiming } from './page-probes.ts';

/** The figures of one run of one page on one graph. */
export interface RunFigures {
  readonly loadMs: number;
  readonly filter: ChangeTiming;
  readonly heapBytes: number;
}

const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 120_000;

/**
 * Opens `url` in a fresh context (no cache, no storage), times the first drawn graph, reads the heap
 * after a forced GC, then lets `filter` time one visibility change. Page errors fail the run.
 */
export async function runInFreshPage(
  browser: Browser,
  url: string,
  graph: BenchGraph,
  filter: (page: Page) => Promise<ChangeTiming>,
): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors: string[] = [];
  const fail = (what: string): Error =>
    new Error(`${url}: ${what}${errors.length > 0 ? `; page errors: ${errors.join('; ')}` : ''}`);
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await addProbes(page, graph.nodes);
    await page.goto(url);
    const loadMs = await timeToDrawn(page, LOAD_TIMEOUT_MS).catch(async (error: unknown) => {
      const text = await page
        .locator('body')
        .innerText({ timeout: 2000 })
        .then(
          (body) => body.slice(0, 300),
          () => '(page busy)',
        );
      throw fail(`${String(error)}; page says: ${text}`);
    });
    const heapBytes = await heapUsedAfterGc(context, page);
    const change = await filter(page);
    if (errors.length > 0) throw fail('errors during the run');
    return { loadMs, filter: change, heapBytes };
  } finally {
    await context.close();
  }
}
