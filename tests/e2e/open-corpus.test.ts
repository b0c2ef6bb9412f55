import { describe, expect, it } from 'vitest';
import { CORPUS } from '../support/corpus.ts';
import { corpusDir, noChromium, openPage, sharedBrowser } from './support/browser.ts';
import {
  canvasCounts,
  canvasNodeIds,
  closeReport,
  importReport,
  markCanvas,
  sameCanvas,
  waitForCounts,
  waitForNewCanvas,
} from './support/open-file.ts';

/**
 * Every file of the shared corpus opens through the real file input ("Open graph file"), in the
 * real worker, under the page's CSP. Counts come from tests/support/corpus.ts, established with
 * python3 independently of the explorer's parsers. Broken files get a report naming the problem,
 * and the graph shown before stays.
 */
describe.skipIf(noChromium || corpusDir === '')('the corpus through the file input', () => {
  const browser = sharedBrowser();

  it('opens every file with the expected counts, and refuses the broken ones keeping the graph', async () => {
    const { page, context, errors } = await openPage(browser());
    const input = page.getByLabel('Open graph file');
    for (const entry of CORPUS) {
      const before = await canvasNodeIds(page);
      await markCanvas(page);
      await input.setInputFiles(`${corpusDir}${entry.path}`);
      if (entry.graphs !== undefined) {
        const choice = page.getByRole('dialog', { name: 'Choose a graph' });
        await expect.poll(() => choice.getByRole('button').count()).toBe(entry.graphs + 1);
        await choice.getByRole('button').first().click();
      }
      const report = importReport(page);
      await report.waitFor();
      if (entry.broken !== undefined) {
        await expect.poll(() => report.textContent(), { message: entry.path }).toContain('was not opened');
        expect(await report.getByRole('region', { name: 'Errors' }).textContent(), entry.path).toContain(entry.broken);
        expect(await canvasNodeIds(page), entry.path).toEqual(before);
        expect(await sameCanvas(page), entry.path).toBe(true);
      } else {
        await waitForNewCanvas(page);
        await waitForCounts(page, entry.nodes ?? -1, entry.edges ?? -1);
        expect(await canvasCounts(page), entry.path).toEqual({ nodes: entry.nodes, edges: entry.edges });
        expect(await report.textContent(), entry.path).toContain(`${entry.path.split('/').pop() ?? ''} opened as`);
      }
      await closeReport(page);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
