import type { Browser, Page } from 'playwright-core';
import type { BenchGraph } from './graph-files.ts';
import { heapUsedAfterGc } from './heap.ts';
import { addProbes, longestTaskAfter, timeToDrawn, type ChangeTiming } from './page-probes.ts';
import { quietMachine } from './quiet-machine.ts';

/** The figures of one run of one page on one graph. */
export interface RunFigures {
  /** Navigation start → first picture. */
  readonly loadMs: number;
  /** Navigation start → the layout asked for is drawn (the app may draw a stand-in first). */
  readonly layoutMs: number;
  readonly filter: ChangeTiming;
  readonly heapBytes: number;
  /** Longest main-thread task in the 8 s after the first picture, when the graph asks for it. */
  readonly longestTaskMs?: number;
  /** Search for a member, to it selected and drawn, when the graph asks for it. */
  readonly searchMs?: number;
}

/** What one page does for the steps after the load: wait for its layout, search, filter. */
export interface PageSteps {
  layoutDone(page: Page): Promise<number>;
  search(page: Page, query: string, id: string): Promise<number>;
  filter(page: Page): Promise<ChangeTiming>;
}

const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = 180_000;
export const LONG_TASK_WINDOW_MS = 8000;

/**
 * Opens `url` in a fresh context (no cache, no storage), times the first picture and the layout,
 * watches long tasks after it when asked, reads the heap after a forced GC, searches when asked,
 * then times one visibility change. Page errors fail the run.
 */
export async function runInFreshPage(
  browser: Browser,
  url: string,
  graph: BenchGraph,
  steps: PageSteps,
): Promise<RunFigures> {
  // The page before this one (closing it, above all) must not be measured as part of this one.
  await quietMachine();
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors: string[] = [];
  const fail = (what: string): Error =>
    new Error(`${url}: ${what}${errors.length > 0 ? `; page errors: ${errors.join('; ')}` : ''}`);
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await addProbes(page);
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
    const layoutMs = await steps.layoutDone(page);
    const longestTaskMs = graph.watchLongTasks ? await longestTaskAfter(page, loadMs, LONG_TASK_WINDOW_MS) : undefined;
    const heapBytes = await heapUsedAfterGc(context, page);
    const searchMs = graph.search ? await steps.search(page, graph.search.query, graph.search.id) : undefined;
    const filter = await steps.filter(page);
    if (errors.length > 0) throw fail('errors during the run');
    return {
      loadMs,
      layoutMs: Math.max(loadMs, layoutMs),
      filter,
      heapBytes,
      ...(longestTaskMs !== undefined && { longestTaskMs }),
      ...(searchMs !== undefined && { searchMs }),
    };
  } finally {
    await context.close();
  }
}
