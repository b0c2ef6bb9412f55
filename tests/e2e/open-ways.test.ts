import { describe, expect, it } from 'vitest';
import { corpusDir, corpusUrl, noChromium, openPage, sharedBrowser, waitForGraph } from './support/browser.ts';
import {
  canvasCounts,
  dropFile,
  importReport,
  markCanvas,
  sameCanvas,
  waitForCounts,
  waitForNewCanvas,
} from './support/open-file.ts';

const CSV = 'Source,Target,Type\nAnn,Acme,works for\nBob,Acme,works for\nAnn,Bob,knows\n';

describe.skipIf(noChromium)('three ways in: file input, drag-and-drop, link', () => {
  const browser = sharedBrowser();

  it('opens a dropped file as one history step: Back returns to the graph and view before, Forward reopens it', async () => {
    const { page, context, errors } = await openPage(browser());
    const bundled = await canvasCounts(page);
    const bundledUrl = page.url();
    await markCanvas(page);
    await dropFile(page, 'people.csv', CSV);
    await waitForNewCanvas(page);
    await waitForCounts(page, 3, 3);
    await importReport(page).waitFor();
    expect(page.url()).toMatch(/#v=1&graph=file%3Apeople-csv-[0-9a-f]{16}$/);
    const fileUrl = page.url();
    await page.goBack();
    await waitForCounts(page, bundled.nodes, bundled.edges);
    expect(page.url()).toBe(bundledUrl);
    await page.goForward();
    await waitForCounts(page, 3, 3);
    expect(page.url()).toBe(fileUrl);
    // A reload reopens it too: this browser kept the file under its id.
    await page.reload();
    await waitForGraph(page);
    expect(await canvasCounts(page)).toEqual({ nodes: 3, edges: 3 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so and shows the default graph for a link to a file this browser never opened', async () => {
    const { page, context } = await openPage(browser(), '#v=1&graph=file%3Apeople-csv-0123456789abcdef');
    const notice = page.getByRole('status').filter({ hasText: 'a file opened in another browser' });
    await notice.waitFor();
    expect((await canvasCounts(page)).nodes).toBeGreaterThan(0);
    await context.close();
  });

  it('refuses a file over 50 MB before reading it, keeping the graph', async () => {
    const { page, context } = await openPage(browser());
    await markCanvas(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(50_000_001)], 'huge.graphml'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page
      .getByText('"huge.graphml" (50.0 MB) is larger than the 50.0 MB limit for graph files; nothing was opened.')
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await sameCanvas(page)).toBe(true);
    await context.close();
  });

  it('cancels a slow parse: the dialog goes, the graph stays', async () => {
    const { page, context } = await openPage(browser());
    await markCanvas(page);
    // About 40 MB of GraphML: far more than the worker reads before the Cancel click lands.
    await page.evaluate(() => {
      const parts = ['<graphml><graph edgedefault="directed">'];
      for (let i = 0; i < 400_000; i++) parts.push(`<node id="n${i}"><data key="d">${'x'.repeat(60)}</data></node>`);
      parts.push('</graph></graphml>');
      const transfer = new DataTransfer();
      transfer.items.add(new File(parts, 'slow.graphml'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const progress = page.getByRole('dialog', { name: 'Opening slow.graphml' });
    await progress.getByRole('progressbar').waitFor();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    await page.getByText('Opening "slow.graphml" was cancelled. The graph you had stays.').waitFor();
    expect(await sameCanvas(page)).toBe(true);
    expect(await importReport(page).count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(noChromium || corpusDir === '')('graph=<URL> in a link, any format', () => {
  const browser = sharedBrowser();

  it('opens a GEXF file named by URL', async () => {
    const url = `${corpusUrl}gexf/les_miserables.gexf`;
    const { page, context, errors } = await openPage(browser(), `#v=1&graph=${encodeURIComponent(url)}`);
    expect(await canvasCounts(page)).toEqual({ nodes: 77, edges: 254 });
    expect(page.url()).toContain(`graph=${encodeURIComponent(url)}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in plain words why a URL could not be fetched', async () => {
    const { page, context } = await openPage(
      browser(),
      `#graph=${encodeURIComponent(`${corpusUrl}nothing-here.gexf`)}`,
      undefined,
      'nothing',
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('HTTP 404 Not Found — there is no file at that address');
    // Never a dead end: a file of one's own opens from the error screen, and its link is the address.
    await page
      .getByLabel('Open graph file')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await waitForGraph(page);
    expect(await canvasCounts(page)).toEqual({ nodes: 3, edges: 3 });
    await expect.poll(() => page.url()).toMatch(/#v=1&graph=file%3Apeople-csv-[0-9a-f]{16}$/);
    await context.close();
  });

  it('says the server did not answer (or refused other sites) when nothing answers at the address', async () => {
    // Port 9 on this machine: nothing listens, the connection is refused at once.
    const { page, context } = await openPage(
      browser(),
      `#graph=${encodeURIComponent('https://127.0.0.1:9/graph.gexf')}`,
      undefined,
      'nothing',
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'could not be fetched: the server did not answer, or it does not let other sites read the file (no CORS header)',
    );
    await context.close();
  });
});
