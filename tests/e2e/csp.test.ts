import { describe, expect, it } from 'vitest';
import { noChromium, sharedBrowser, waitForGraph } from './support/browser.ts';
import { clickNode } from './support/canvas.ts';
import { exported } from './support/export-file.ts';
import { openGuardedPage } from './support/guarded-page.ts';
import { closeReport, importReport, markCanvas, waitForCounts, waitForNewCanvas } from './support/open-file.ts';

const GRAPHML = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="label">Ann</data></node>
    <node id="b"><data key="label">Bob</data></node>
    <node id="c"><data key="label">Cy</data></node>
    <edge source="a" target="b"/><edge source="b" target="c"/>
  </graph>
</graphml>`;

/**
 * The built app under the policy it ships (index.html's CSP meta), watched from its first script:
 * everything a session does, from load to export, runs without the browser refusing anything.
 * A refused request is a feature that silently does not work for someone (a worker that never
 * starts, a style that never applies), so any `securitypolicyviolation` fails the test.
 */
describe.skipIf(noChromium)('the shipped content security policy', () => {
  const browser = sharedBrowser();

  it('is strict, and nothing from load to export is refused by it', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

    // Explore: select on the canvas, search, filter, change the layout, the theme and the names.
    await clickNode(page, 'luan-jian');
    await page.waitForFunction(() => window.location.hash.includes('node=luan-jian'));
    await page.getByRole('combobox', { name: 'Search' }).fill('Xiaomi');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await page.getByRole('group', { name: 'Organisations' }).getByRole('checkbox').first().check();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.getByRole('combobox', { name: 'Names in' }).selectOption('zh');
    expect(await guarded.violations(), 'while exploring').toEqual([]);

    // Open a file through the input: read in the parse worker, laid out, drawn.
    await markCanvas(page);
    await page
      .getByLabel('Open graph file')
      .setInputFiles({ name: 'three.graphml', mimeType: 'application/xml', buffer: Buffer.from(GRAPHML) });
    await waitForNewCanvas(page);
    await waitForCounts(page, 3, 2);
    await importReport(page).waitFor();
    await closeReport(page);
    await waitForGraph(page);
    await clickNode(page, 'b');

    // Export: pictures drawn from the canvas, files made in the page.
    for (const item of [
      'PNG, current view',
      'PNG, whole graph, 2×',
      'SVG picture',
      'JSON (format v1, with positions)',
    ]) {
      const file = await exported(page, item);
      expect(file.bytes.length, item).toBeGreaterThan(0);
    }
    expect(await guarded.violations(), 'from load to export').toEqual([]);
    expect(guarded.errors).toEqual([]);
    await context.close();
  });
});
