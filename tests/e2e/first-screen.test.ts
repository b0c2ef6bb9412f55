import { describe, expect, it } from 'vitest';
import { baseUrl, noChromium, sharedBrowser, openPage, waitForGraph } from './support/browser.ts';

describe.skipIf(noChromium)('first screen', () => {
  const browser = sharedBrowser();

  it('draws the bundled graph under a sub-path, exposes window.cy, logs no console errors', async () => {
    const { page, errors, context } = await openPage(browser());
    expect(new URL(page.url()).pathname).toBe('/kg/');
    const ids = await page.evaluate(() => window.cy?.nodes().map((node) => node.id()) ?? []);
    expect(ids).toEqual(
      expect.arrayContaining(['lei-jun', 'luan-jian', 'wang-bin', 'xiaomi', 'microsoft', 'ai-lab', 'chatgpt']),
    );
    const visible = await page.evaluate(() => window.cy?.nodes(':visible').length ?? 0);
    expect(visible).toBe(ids.length);
    await page.screenshot({ path: '.e2e-artifacts/first-screen.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the graph file once, with the page: the preload is what the app reads', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const graphFiles: string[] = [];
      page.on('request', (request) => {
        if (/\/assets\/[^/]+\.json$/.test(new URL(request.url()).pathname)) graphFiles.push(request.url());
      });
      await page.goto(baseUrl);
      await waitForGraph(page);
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((link) => link.href),
      );
      expect(preloaded).toHaveLength(1);
      expect(graphFiles).toEqual(preloaded);
    } finally {
      await context.close();
    }
  });

  it('draws its first frame already fitted: the picture never jumps while it is prepared', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Watches every frame Cytoscape draws, from the moment the app creates its core.
    await page.addInitScript(() => {
      type Viewport = { zoom(): number; pan(): { x: number; y: number } };
      type Core = Viewport & { on(event: string, listener: () => void): void };
      const frames: string[] = [];
      let core: Core | undefined;
      Object.assign(window, { drawnFrames: frames });
      Object.defineProperty(window, 'cy', {
        configurable: true,
        get: () => core,
        set: (value: Core | undefined) => {
          core = value;
          value?.on('render', () => frames.push(JSON.stringify([value.zoom(), value.pan()])));
        },
      });
    });
    await page.goto(baseUrl);
    await waitForGraph(page);
    await page.waitForFunction(() => (window as unknown as { drawnFrames: string[] }).drawnFrames.length > 0);
    const { frames, final } = await page.evaluate(() => ({
      frames: (window as unknown as { drawnFrames: string[] }).drawnFrames,
      final: JSON.stringify([window.cy?.zoom(), window.cy?.pan()]),
    }));
    expect(new Set(frames)).toEqual(new Set([final]));
    await context.close();
  });
});
