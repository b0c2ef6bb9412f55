import { localGraphId } from '../sources/content-id.ts';
import { sizeRefusal } from '../sources/file-limits.ts';
import type { ImportOptions } from './import-store.ts';
import { importInput, type Opening } from './import-graph-input.ts';

/** What the page hands over: a File from the input or a drop (only what is used, so tests can fake it). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/**
 * Opens files the user picked or dropped: refuses files over the size limit before reading them,
 * gives the graph a stable id from the files' names and content (so a link to it reopens it in this
 * browser), then reads it in the worker. Several files open together as CSV edges plus nodes.
 */
export async function openFiles(
  opening: Opening,
  picked: readonly PickedFile[],
  options: ImportOptions = {},
): Promise<void> {
  if (picked.length === 0) return;
  const refusal = sizeRefusal(picked);
  if (refusal !== undefined) {
    opening.store.getState().notify(refusal, 'error');
    return;
  }
  let files;
  try {
    files = await Promise.all(picked.map(async (file) => ({ name: file.name, text: await file.text() })));
  } catch {
    opening.store
      .getState()
      .notify(`The file could not be read (was it moved or deleted?). The graph you had stays.`, 'error');
    return;
  }
  const name = files.map((file) => file.name).join(' + ');
  await importInput(opening, { ref: localGraphId(files), name, files, options }, 'open');
}
