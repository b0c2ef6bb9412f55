import type { ImportOptions } from '../../../src/formats/import-mapping.ts';
import { readGraph, type ReadResult } from '../../../src/sources/read-graph.ts';

/** Reads one text as a graph file, the whole way (detect, import, map, parseGraph), as the worker does. */
export function readText(text: string, name = 'test-file', options: ImportOptions = {}): ReadResult {
  return readGraph({ files: [{ name, text }], identity: { id: 'imported', title: name }, options });
}

/** Reads several files together (CSV edges plus nodes). */
export function readFiles(files: Array<{ name: string; text: string }>, options: ImportOptions = {}): ReadResult {
  return readGraph({ files, identity: { id: 'imported', title: files[0]?.name ?? '' }, options });
}

/** The messages of a result's warnings (or errors), for `toContain`-style checks. */
export function messages(result: ReadResult, kind: 'errors' | 'warnings' = 'warnings'): string[] {
  return result.report[kind].map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
}

/** The opened graph, or a thrown error listing why it was refused. */
export function opened(result: ReadResult) {
  if (!result.graph) throw new Error(`refused: ${messages(result, 'errors').join('; ')}`);
  return result.graph;
}
