import type { Browser } from 'playwright-core';
import type { BenchGraph } from './graph-files.ts';
import { runInFreshPage, type RunFigures } from './fresh-page-run.ts';

/**
 * One run of the app (`/kg/#v=1&graph=<url>`, plus `extra` parameters such as `all=1`): first
 * picture; the layout asked for (the canvas says `data-layout="idle"` once the worker is done);
 * typing the member's name in Search and pressing Enter, until it is selected and drawn; then
 * ticking the organisation's checkbox in the Organisations filter until the canvas shows it.
 */
export function measureApp(browser: Browser, appUrl: string, graph: BenchGraph): Promise<RunFigures> {
  return runInFreshPage(browser, appUrl, graph, {
    layoutDone: (page) =>
      // In the page, so the time is when the canvas said so, not when the test noticed.
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const check = (): void => {
              if (document.querySelector('.graph-canvas[data-layout="idle"]')) resolve(performance.now());
              else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    async search(page, query, id) {
      // Typed and entered as a person does; timed from before the typing (the round trips to the page count too).
      const box = page.getByRole('combobox', { name: 'Search' });
      const start = await page.evaluate(() => performance.now());
      await box.fill(query);
      await box.press('Enter');
      const end = await page.evaluate((target) => {
        if (!window.benchSelectedAt) throw new Error('probes not installed');
        return window.benchSelectedAt(target);
      }, id);
      return end - start;
    },
    async filter(page) {
      const checkbox = page
        .getByRole('group', { name: 'Organisations' })
        .getByRole('checkbox', { name: graph.organisation.label, exact: true });
      const handle = await checkbox.elementHandle({ timeout: 30_000 });
      return handle.evaluate((input: HTMLElement) => {
        if (!window.benchTimeChange) throw new Error('probes not installed');
        return window.benchTimeChange(() => input.click());
      });
    },
  });
}
