import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Chooses an Export menu item and returns the downloaded file's name and bytes. */
export async function exported(page: Page, item: string): Promise<{ name: string; bytes: Buffer; path: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path), path };
}
