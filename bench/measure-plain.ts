import type { Browser } from 'playwright-core';
import type { BenchGraph } from './graph-files.ts';
import { runInFreshPage, type RunFigures } from './fresh-page-run.ts';

/**
 * One run of the plain Cytoscape page (`/plain/?graph=<url>`): first picture (its layout runs before
 * it), the same search done by hand (a walk over the nodes, select, centre), then the same
 * organisation filter done by hand (a walk over the elements and one `cy.batch()`).
 */
export function measurePlain(browser: Browser, plainUrl: string, graph: BenchGraph): Promise<RunFigures> {
  return runInFreshPage(browser, plainUrl, graph, {
    layoutDone: (page) => page.evaluate(() => performance.now()),
    search: (page, query, id) =>
      page.evaluate(
        ({ text, target }) => {
          const { benchTimeSelect, findAndSelect } = window;
          if (!benchTimeSelect || !findAndSelect) throw new Error('plain page or probes not ready');
          return benchTimeSelect(() => findAndSelect(text), target);
        },
        { text: query, target: id },
      ),
    filter: (page) =>
      page.evaluate((id) => {
        const { benchTimeChange, showOrganisation } = window;
        if (!benchTimeChange || !showOrganisation) throw new Error('plain page or probes not ready');
        return benchTimeChange(() => showOrganisation(id));
      }, graph.organisation.id),
  });
}
