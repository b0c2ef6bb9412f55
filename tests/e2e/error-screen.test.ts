import { describe, expect, it } from 'vitest';
import { baseUrl, fixturesUrl, noChromium, sharedBrowser, openPage } from './support/browser.ts';

describe.skipIf(noChromium)('a refused graph file', () => {
  const browser = sharedBrowser();

  it('shows a readable error screen that says what and where, never a blank page', async () => {
    const file = `${fixturesUrl}missing-node.json`;
    const { page, context, errors } = await openPage(
      browser(),
      `#v=1&graph=${encodeURIComponent(file)}`,
      undefined,
      'nothing',
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe(`The graph file "${file}" cannot be opened`);
    const text = await alert.textContent();
    expect(text).toContain('2 problems were found');
    expect(text).toContain('edges[1].source: no node "zhang-san"');
    expect(text).toContain('edges[2].target: no node "wang-bn" — did you mean "wang-bin"?');
    expect(await page.getByRole('link', { name: 'Open the default graph' }).getAttribute('href')).toBe('./');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives JSON syntax errors with line and column', async () => {
    const file = `${fixturesUrl}broken-syntax.json`;
    const { page, context } = await openPage(browser(), `#v=1&graph=${encodeURIComponent(file)}`, undefined, 'nothing');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('line 4, column 3: JSON syntax error: comma expected');
    await context.close();
  });

  it('says the explorer could not be loaded when its code does not arrive, never a blank page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // The explorer's own chunk (preloaded by index.html, imported by the page's first script) is lost.
    await page.route(/\/assets\/app-start-[^/]+\.js$/, (route) => route.abort('connectionreset'));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^The explorer could not be loaded \(.+\)\. Reload the page to try again\.$/,
    );
    await context.close();
  });
});
