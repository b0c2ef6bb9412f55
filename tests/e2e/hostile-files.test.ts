import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, sharedBrowser, waitForGraph } from './support/browser.ts';
import { openGuardedPage, type GuardedPage } from './support/guarded-page.ts';
import {
  canvasNodeIds,
  closeReport,
  dropFile,
  importReport,
  markCanvas,
  sameCanvas,
  waitForNewCanvas,
} from './support/open-file.ts';
import { clickNode } from './support/canvas.ts';
import { generatedHostileFiles } from './support/generated-hostile.ts';

const hostile = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Nothing ran, nothing was blocked, nothing broke: the checks every hostile file ends with. */
async function expectUnharmed(guarded: GuardedPage, what: string): Promise<void> {
  expect(await guarded.pwned(), `${what}: a payload ran`).toBe(false);
  expect(guarded.dialogs, what).toEqual([]);
  expect(guarded.errors, what).toEqual([]);
  expect(await guarded.violations(), what).toEqual([]);
  // No element was made from file text: the app draws no images and runs only its own scripts,
  // and every link on the page goes to http(s) and opens apart from the page.
  const page = await guarded.page.evaluate(() => ({
    images: document.querySelectorAll('img, iframe, object, embed, foreignObject').length,
    inlineScripts: [...document.scripts].filter((script) => script.src === '').length,
    badLinks: [...document.querySelectorAll('a[href]')]
      .filter((link) => {
        const href = link.getAttribute('href') ?? '';
        const external = /^https?:/i.test(href);
        const relative = href.startsWith('./') || href.startsWith('#');
        return !(relative || (external && link.getAttribute('rel') === 'noopener noreferrer'));
      })
      .map((link) => link.getAttribute('href')),
  }));
  expect(page, what).toEqual({ images: 0, inlineScripts: 0, badLinks: [] });
}

async function openFile(page: Page, name: string, buffer?: Buffer): Promise<void> {
  const input = page.getByLabel('Open graph file');
  if (buffer) await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  else await input.setInputFiles(`${hostile}${name}`);
}

describe.skipIf(noChromium)('hostile files through the file input', () => {
  const browser = sharedBrowser();

  it('opens files with script in every text field as text: no dialog, no script, no error, no CSP report', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    for (const name of [
      'script-everywhere.graphml',
      'script-everywhere.cyjs',
      'script-everywhere.csv',
      'billion-laughs.graphml',
      'script-everywhere.json',
    ]) {
      await markCanvas(page);
      await openFile(page, name);
      await waitForNewCanvas(page);
      await waitForGraph(page);
      if (!name.endsWith('.json')) {
        // The import report says what was read, and shows file text as text.
        const report = importReport(page);
        await report.waitFor();
        expect(await report.textContent(), name).toContain(`${name} opened as`);
        await closeReport(page);
      }
      await expectUnharmed(guarded, name);
    }
    // The format-v1 file: its graph title, the details panel, search, the list and the Chinese labels.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Title ${PAYLOAD}`);
    await page
      .getByRole('button', { name: `Mallory ${PAYLOAD}` })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(`Mallory ${PAYLOAD}`);
    const text = (await details.textContent()) ?? '';
    for (const part of ['Summary', 'Alias', 'Role title', 'Quote', 'Source title', 'attr-name', 'attr-value'])
      expect(text, part).toContain(`${part} ${PAYLOAD}`);
    // Only the https links are links; javascript:, data:, vbscript: and //host stay text.
    const hrefs = await details
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['https://example.org/article', 'https://example.org/mallory'].sort());
    await page.getByRole('combobox', { name: 'Search' }).fill('Mallory');
    expect(await page.getByRole('listbox', { name: 'Search results' }).textContent()).toContain(`Mallory ${PAYLOAD}`);
    await page.getByRole('combobox', { name: 'Search' }).fill('');
    await page.getByRole('combobox', { name: 'Names in' }).selectOption('zh');
    await page.waitForFunction((label) => window.cy?.$id('mallory').data('label') === label, `马洛里 ${PAYLOAD}`);
    await clickNode(page, 'acme');
    await expectUnharmed(guarded, 'script-everywhere.json, explored');
    await context.close();
  });

  it('refuses what cannot be a graph with a report naming each problem, keeping the graph shown', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    const before = await canvasNodeIds(page);
    const refused: [string, Buffer | undefined, string][] = [
      ['wrong-types.json', undefined, 'nodes[0].label: must be a string, not null'],
      ['external-entity.graphml', undefined, 'External entities are not supported'],
      ...generatedHostileFiles().refused.map((file): [string, Buffer, string] => [file.name, file.bytes, file.says]),
    ];
    for (const [name, buffer, says] of refused) {
      await markCanvas(page);
      await openFile(page, name, buffer);
      const report = importReport(page);
      await report.waitFor();
      await expect.poll(() => report.textContent(), { message: name }).toContain('was not opened');
      expect(await report.getByRole('region', { name: 'Errors' }).textContent(), name).toContain(says);
      await closeReport(page);
      expect(await sameCanvas(page), name).toBe(true);
      expect(await canvasNodeIds(page), name).toEqual(before);
      await expectUnharmed(guarded, name);
    }
    await context.close();
  });

  it('opens huge text and broken encodings with a warning saying what and where, and stays responsive', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    for (const file of generatedHostileFiles().opened) {
      await markCanvas(page);
      await openFile(page, file.name, file.bytes);
      await waitForNewCanvas(page);
      await waitForGraph(page);
      if (file.says !== undefined && file.in === 'report') {
        // The import report opens by itself to say what was changed, and where.
        const report = importReport(page);
        await report.waitFor();
        expect(await report.getByRole('region', { name: 'Warnings' }).textContent(), file.name).toContain(file.says);
      }
      await closeReport(page);
      if (file.says !== undefined && file.in === 'notice')
        await page.getByRole('status').filter({ hasText: file.says }).first().waitFor();
      expect(await canvasNodeIds(page), file.name).toEqual(file.ids);
      // The 20 MB label reaches the canvas cut to 1,000 characters and an ellipsis.
      if (file.name === 'huge-label.json')
        expect(await page.evaluate(() => String(window.cy?.$id('huge').data('label')).length)).toBe(1001);
      await expectUnharmed(guarded, file.name);
    }
    await context.close();
  });

  it('keeps ids named like Object.prototype ordinary from file to canvas to link and back', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    await markCanvas(page);
    await openFile(page, 'prototype-ids.json');
    await waitForNewCanvas(page);
    await waitForGraph(page);
    expect(await canvasNodeIds(page)).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']);
    await clickNode(page, '__proto__');
    await page.waitForFunction(() => window.location.hash.includes('node=__proto__'));
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Proto');
    await page.reload();
    await waitForGraph(page);
    expect(await page.evaluate(() => window.cy?.$(':selected').map((node) => node.id()))).toEqual(['__proto__']);
    await page.getByRole('navigation').getByRole('button', { name: 'Constructor', exact: true }).click();
    await page.waitForFunction(() => window.location.hash.includes('node=constructor'));
    await page.goBack();
    await page.waitForFunction(() => window.cy?.$(':selected').id() === '__proto__');
    await page.getByRole('combobox', { name: 'Names in' }).selectOption('zh');
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('原型');
    // Nothing reached Object.prototype.
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    await expectUnharmed(guarded, 'prototype-ids.json');
    await context.close();
  });
});

describe.skipIf(noChromium)('a large file whose text must be cut', () => {
  const browser = sharedBrowser();
  // Over 1 MB, so the page builds it while the worker checks it; the worker cuts the label, so the
  // worker's graph must be the one shown. The file input is the huge-label file above.
  const text = JSON.stringify({
    version: 1,
    id: 'long',
    title: 'Long',
    nodes: [
      { id: 'long', label: 'L'.repeat(2_000_000), type: 'person' },
      { id: 'short', label: 'Short', type: 'person' },
    ],
    edges: [],
  });
  const shownLength = (page: Page): Promise<number> =>
    page.evaluate(() => String(window.cy?.$id('long').data('label')).length);

  it('opens cut from a link and from a drop, as from the file input', async () => {
    for (const how of ['link', 'drop'] as const) {
      const guarded = await openGuardedPage(browser());
      const { page, context } = guarded;
      try {
        if (how === 'link') {
          // A fresh load of a link naming the file (its fetch starts with the page's first script).
          const app = page.url().split('#')[0] ?? '';
          const url = `${new URL(app).origin}/generated/long-label.json`;
          await page.route(url, (route) => route.fulfill({ body: text, contentType: 'application/json' }));
          await page.goto('about:blank');
          await page.goto(`${app}#v=1&graph=${encodeURIComponent(url)}`);
        } else {
          await markCanvas(page);
          await dropFile(page, 'long-label.json', text);
          await waitForNewCanvas(page);
        }
        await page.waitForFunction(() => window.cy?.$id('long').nonempty() === true);
        await waitForGraph(page);
        expect(await shownLength(page), how).toBe(1_001);
        expect(await canvasNodeIds(page), how).toEqual(['long', 'short']);
        await expectUnharmed(guarded, how);
      } finally {
        await context.close();
      }
    }
  });
});
