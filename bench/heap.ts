import type { BrowserContext, Page } from 'playwright-core';

/** JS heap in use after a forced garbage collection (bytes), through the DevTools protocol. */
export async function heapUsedAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}
