import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, waitForGraph } from './browser.ts';

export interface GuardedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Every alert, confirm or prompt the page opened (each dismissed at once). */
  readonly dialogs: string[];
  /** `securitypolicyviolation` events seen by the page since its first script, as text. */
  violations(): Promise<string[]>;
  /** Whether any payload ran: hostile fixtures set `window.__pwned` when they do. */
  pwned(): Promise<boolean>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/**
 * A page watched from before its first script: CSP violations are recorded by a listener added with
 * `addInitScript` (so the first one, at load, is not missed), dialogs are recorded and dismissed, and
 * console errors and page errors are kept. Context options carry the device: viewport, touch, colour
 * scheme, reduced motion.
 */
export async function openGuardedPage(
  browser: Browser,
  fragment = '',
  options: BrowserContextOptions = {},
  waitFor: 'graph' | 'nothing' = 'graph',
): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl}${fragment}`);
  if (waitFor === 'graph') await waitForGraph(page);
  return {
    context,
    page,
    errors,
    dialogs,
    violations: () => page.evaluate(() => window.__cspViolations ?? ['the listener was not installed']),
    pwned: () => page.evaluate(() => window.__pwned !== undefined),
  };
}
