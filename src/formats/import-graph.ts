import { ProblemList } from '../graph/parse-report.ts';
import { parseJsonText } from '../graph/json-text.ts';
import { type TextFile, readCsv } from './csv.ts';
import { readCytoscapeJson } from './cyjs.ts';
import { detectFormat, type Detected } from './detect-format.ts';
import { readGexf } from './gexf.ts';
import { readGraphml } from './graphml.ts';
import type { ImportOptions } from './import-mapping.ts';
import type { ImportReport } from './import-report.ts';
import { readJgf } from './jgf.ts';
import { readNodeLink } from './node-link.ts';
import { rawToFile } from './raw-to-file.ts';
import { isObject } from './raw-graph.ts';
import type { RawImport } from './raw-import.ts';
import type { GraphFile } from '../graph/graph-schema.ts';

/** What importing gives: a format-v1 file to hand to `parseGraph` (none when refused) and the report. */
export interface ImportOutcome {
  /** Format v1 as read from a v1 file (unchecked), or as mapped from a foreign one. */
  readonly file: unknown;
  readonly report: ImportReport;
}

export interface ImportIdentity {
  /** The graph's id: where it came from (bundled id, URL, local file id), so links name it. */
  readonly id: string;
  /** The title when the file has none (the file name). */
  readonly title: string;
}

class JsonSyntax extends Error {
  constructor(readonly problems: ProblemList) {
    super('JSON syntax');
  }
}

function refused(message: string, path = ''): ImportOutcome {
  const problems = new ProblemList();
  problems.error(path, message);
  return { file: undefined, report: problems.report() };
}

function readDetected(detected: Detected, files: readonly TextFile[], options: ImportOptions): RawImport | string {
  const text = files[0]?.text ?? '';
  switch (detected.format) {
    case 'cytoscape':
      return readCytoscapeJson(detected.value);
    case 'jgf':
      return readJgf(detected.value, options);
    case 'node-link':
      return readNodeLink(detected.value);
    case 'gexf':
      return readGexf(text);
    case 'graphml':
      return readGraphml(text);
    case 'csv':
      return readCsv(files);
    case 'v1':
    case 'empty':
      return 'the file is empty';
    case 'json':
      return 'JSON, but not a graph format this explorer reads (format v1, Cytoscape.js, JSON Graph Format or node-link JSON)';
    case 'xml':
      return `XML with root <${detected.root ?? '?'}>, but not a graph format this explorer reads (GEXF or GraphML)`;
  }
}

/**
 * Reads graph files of any supported format into format v1 with the given mapping. Pure: runs in the
 * parse worker and in Node tests. Several files are read together only as CSV (edges plus nodes).
 * @example importGraph([{ name: 'g.csv', text: 'Source,Target\na,b' }], { id: 'g', title: 'g.csv' }, {}).report.summary?.edges // 1
 */
export function importGraph(
  files: readonly TextFile[],
  identity: ImportIdentity,
  options: ImportOptions,
  onMapping: () => void = () => undefined,
): ImportOutcome {
  const first = files[0];
  if (!first) return refused('no file was given');
  const text = first.text.replace(/^\uFEFF/, '');
  let detected: Detected;
  try {
    detected = detectFormat(text, (json) => {
      const parsed = parseJsonText(json);
      if (parsed.ok) return parsed.value;
      const problems = new ProblemList();
      for (const problem of parsed.problems) problems.error(problem.path, problem.message);
      throw new JsonSyntax(problems);
    });
  } catch (error) {
    if (error instanceof JsonSyntax) return { file: undefined, report: error.problems.report() };
    throw error;
  }
  // The id is where the file came from (its link names it so), whatever id the file gives itself.
  if (detected.format === 'v1')
    return {
      file: isObject(detected.value) ? { ...detected.value, id: identity.id } : detected.value,
      report: { errors: [], warnings: [] },
    };
  const read = readDetected(detected, [{ name: first.name, text }, ...files.slice(1)], options);
  if (typeof read === 'string') return refused(`${first.name}: ${read}`);
  if (files.length > 1 && detected.format !== 'csv')
    read.raw.problems.warn(
      '',
      `only "${first.name}" was read: several files are read together only as CSV (edges and nodes)`,
    );
  if (read.raw.nodes.length === 0 && read.raw.problems.errors.length === 0)
    read.raw.problems.error('', 'the graph has no nodes: there is nothing to show');
  onMapping();
  const { file, summary } = rawToFile(read.raw, { ...identity, ...read }, options);
  return { file: file satisfies GraphFile | undefined, report: { summary, ...read.raw.problems.report() } };
}
