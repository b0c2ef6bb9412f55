import { describe, expect, it } from 'vitest';
import { corpusDir, noChromium, openPage, sharedBrowser } from './support/browser.ts';
import { canvasSnapshot } from './support/canvas.ts';
import { exported } from './support/export-file.ts';
import { canvasNodeIds, closeReport, importReport, markCanvas, waitForNewCanvas } from './support/open-file.ts';

describe.skipIf(noChromium)('export', () => {
  const browser = sharedBrowser();

  it('exports format-v1 JSON that re-imports to the same graph, drawn at the same positions with no layout run', async () => {
    const { page, context, errors } = await openPage(browser());
    const before = await canvasSnapshot(page);
    const ids = await canvasNodeIds(page);
    const file = await exported(page, 'JSON (format v1, with positions)');
    expect(file.name).toMatch(/^xiaomi-ai-\d{4}-\d{2}-\d{2}\.json$/);
    await markCanvas(page);
    await page
      .getByLabel('Open graph file')
      .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await waitForNewCanvas(page);
    expect(await canvasNodeIds(page)).toEqual(ids);
    // Saved positions are the default layout of a file where every node has one.
    expect(await page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('preset');
    const after = await canvasSnapshot(page);
    for (const id of ids) {
      expect(after.positions[id]?.x).toBeCloseTo(before.positions[id]?.x ?? NaN, 1);
      expect(after.positions[id]?.y).toBeCloseTo(before.positions[id]?.y ?? NaN, 1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a real PNG of the canvas, at twice the canvas size for 2×', async () => {
    const { page, context } = await openPage(browser());
    const size = await page.evaluate(() => ({ width: window.cy?.width() ?? 0, height: window.cy?.height() ?? 0 }));
    const png = await exported(page, 'PNG, current view, 2×');
    expect(png.name).toMatch(/^xiaomi-ai-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({
      width: Math.round(size.width * 2),
      height: Math.round(size.height * 2),
    });
    await context.close();
  });

  it('exports SVG and GraphML files named after the graph', async () => {
    const { page, context } = await openPage(browser());
    const ids = await canvasNodeIds(page);
    const svg = await exported(page, 'SVG picture');
    expect(svg.name).toMatch(/^xiaomi-ai-.*\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    const graphml = await exported(page, 'GraphML');
    await markCanvas(page);
    await page.getByLabel('Open graph file').setInputFiles(graphml.path);
    await waitForNewCanvas(page);
    expect(await canvasNodeIds(page)).toEqual(ids);
    await context.close();
  });
});

describe.skipIf(noChromium || corpusDir === '')('the import report', () => {
  const browser = sharedBrowser();

  it('shows the mapping, and a changed label attribute applies to the canvas and the list', async () => {
    const { page, context } = await openPage(browser());
    await page.getByLabel('Open graph file').setInputFiles(`${corpusDir}gexf/case.gexf`);
    const report = importReport(page);
    await report.waitFor();
    expect(await report.textContent()).toContain('Labelattribute "label"');
    await report.getByRole('combobox', { name: 'Label attribute' }).selectOption('name');
    await report.getByRole('button', { name: 'Apply mapping' }).click();
    await page.waitForFunction(
      () => window.cy?.nodes().some((node) => node.data('label') === 'Britta Witzel') === true,
    );
    expect(await report.textContent()).toContain('Labelattribute "name"');
    await closeReport(page);
    await page.getByRole('button', { name: 'Britta Witzel' }).first().click();
    // The attribute the label no longer uses stays visible in the details panel.
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).textContent()).toContain('label1');
    await context.close();
  });
});
