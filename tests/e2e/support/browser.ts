import {
  chromium as playwright,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const chromiumPath = inject('chromium');
export const baseUrl = inject('baseUrl');
export const fixturesUrl = inject('fixturesUrl');
export const corpusDir = inject('corpusDir');
export const corpusUrl = inject('corpusUrl');
export const generatedUrl = inject('generatedUrl');
/** Use as `describe.skipIf(noChromium)`; global setup already failed when this is true under CI. */
export const noChromium = chromiumPath === '';

export function launch(): Promise<Browser> {
  // launch() gives every browser a fresh, empty user-data dir.
  return playwright.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
}

/** A new context (its own storage and window size) with a page that records console errors. */
export async function openPage(
  browser: Browser,
  fragment = '',
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  waitFor: 'graph' | 'nothing' = 'graph',
  device: { readonly hasTouch?: boolean; readonly isMobile?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, ...device });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${fragment}`);
  if (waitFor === 'graph') await waitForGraph(page);
  return { context, page, errors };
}

/** Waits until the app has drawn a graph and exposed it as `window.cy`. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    return cy !== undefined && cy.nodes().length > 0 && document.querySelector('[data-ready="true"]') !== null;
  });
}

/** One browser for a test file: launched before its tests, closed after. Call inside `describe`. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}
