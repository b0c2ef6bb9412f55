import type { Browser } from 'playwright-core';
import type { BenchGraph } from './graph-files.ts';
import { runInFreshPage, type RunFigures } from './fresh-page-run.ts';

/**
 * One run of the app (`/kg/#v=1&graph=<url>`): first drawn graph, heap, then ticking the
 * organisation's checkbox in the Organisations filter (a click inside the page) until the canvas shows it.
 */
export function measureApp(browser: Browser, appUrl: string, graph: BenchGraph): Promise<RunFigures> {
  return runInFreshPage(browser, appUrl, graph, async (page) => {
    const checkbox = page
      .getByRole('group', { name: 'Organisations' })
      .getByRole('checkbox', { name: graph.organisation.label, exact: true });
    const handle = await checkbox.elementHandle({ timeout: 10_000 });
    return handle.evaluate((input: HTMLElement) => {
      if (!window.benchTimeChange) throw new Error('probes not installed');
      return window.benchTimeChange(() => input.click());
    });
  });
}
