import { localGraphId } from '../sources/content-id.ts';
import { decodeText, lineOfByte } from '../sources/decode-text.ts';
import { sizeRefusal } from '../sources/file-limits.ts';
import { preloadPageBuilder } from '../sources/graph-reader.ts';
import { IN_PAGE_FROM } from '../sources/parse-protocol.ts';
import type { ImportOptions } from './import-store.ts';
import { importInput, type Opening } from './import-graph-input.ts';

/** What the page hands over: a File from the input or a drop (only what is used, so tests can fake it). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
  /** Browsers' files have it: the bytes are decoded here, by their BOM, saying where UTF-8 breaks. */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/** The file's text, and a sentence when its bytes are not all UTF-8. */
async function readText(file: PickedFile): Promise<{ name: string; text: string; warning?: string }> {
  if (!file.arrayBuffer) return { name: file.name, text: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decodeText(bytes);
  if (decoded.badByte === undefined) return { name: file.name, text: decoded.text };
  const where = `line ${lineOfByte(bytes, decoded.badByte).toLocaleString('en')} (byte ${decoded.badByte.toLocaleString('en')})`;
  return {
    name: file.name,
    text: decoded.text,
    warning: `"${file.name}" is not valid UTF-8 text from ${where} on; characters that could not be read show as �.`,
  };
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
  // A large file is built on the page while the worker checks it: its builder loads while the file is read.
  if (picked.some((file) => file.size >= IN_PAGE_FROM)) preloadPageBuilder();
  let files;
  try {
    const read = await Promise.all(picked.map(readText));
    for (const { warning } of read) if (warning) opening.store.getState().notify(warning, 'warning');
    files = read.map(({ name, text }) => ({ name, text }));
  } catch {
    opening.store
      .getState()
      .notify(`The file could not be read (was it moved or deleted?). The graph you had stays.`, 'error');
    return;
  }
  const name = files.map((file) => file.name).join(' + ');
  await importInput(opening, { ref: localGraphId(files), name, files, options }, 'open');
}
