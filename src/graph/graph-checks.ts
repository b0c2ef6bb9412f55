import { z } from 'zod';
import { didYouMeanSuffix } from './did-you-mean.ts';
import { BUILT_IN_EDGE_TYPES, BUILT_IN_NODE_TYPES } from './graph-model.ts';
import { edgeTypeDefinitionSchema, typeDefinitionSchema } from './graph-schema.ts';
import { parsePartialDate } from './partial-date.ts';
import type { ProblemList } from './parse-report.ts';
import { schemaProblems } from './schema-problems.ts';

/**
 * Checks that need the whole file: unique ids, edge ends, dates, declared types, evidence sources.
 * They read the raw input defensively, so they run (and report) even when the schema check failed
 * elsewhere in the file: one pass tells the author every problem.
 */

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function records(value: unknown): Array<[number, Raw]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Raw]> = [];
  value.forEach((item, index) => {
    if (isRecord(item)) out.push([index, item]);
  });
  return out;
}

function stringField(record: Raw, key: string): string | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function ownKeys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

function checkIds(file: Raw, problems: ProblemList): Set<string> {
  const nodePaths = new Map<string, string>();
  for (const [index, node] of records(file.nodes)) {
    const id = stringField(node, 'id');
    if (id === undefined) continue;
    const first = nodePaths.get(id);
    if (first === undefined) nodePaths.set(id, `nodes[${index}]`);
    else problems.error(`nodes[${index}].id`, `duplicate id "${id}" (first used by ${first})`);
  }
  const edgePaths = new Map<string, string>();
  for (const [index, edge] of records(file.edges)) {
    const id = stringField(edge, 'id');
    if (id === undefined) continue;
    const node = nodePaths.get(id);
    const first = edgePaths.get(id);
    if (node !== undefined)
      problems.error(
        `edges[${index}].id`,
        `id "${id}" is already the id of a node (${node}); ids must be unique across nodes and edges`,
      );
    else if (first !== undefined) problems.error(`edges[${index}].id`, `duplicate id "${id}" (first used by ${first})`);
    else edgePaths.set(id, `edges[${index}]`);
  }
  return new Set(nodePaths.keys());
}

function checkEnds(file: Raw, nodeIds: ReadonlySet<string>, problems: ProblemList): void {
  for (const [index, edge] of records(file.edges)) {
    for (const end of ['source', 'target'] as const) {
      const id = stringField(edge, end);
      if (id === undefined || nodeIds.has(id)) continue;
      problems.error(`edges[${index}].${end}`, `no node "${id}"${didYouMeanSuffix(id, nodeIds)}`);
    }
  }
}

function checkDates(file: Raw, problems: ProblemList): void {
  const checkOne = (record: Raw, key: string, path: string, consequence = 'it is ignored'): void => {
    const value = stringField(record, key);
    if (value !== undefined && parsePartialDate(value) === undefined) {
      problems.warn(`${path}.${key}`, `"${value}" is not a date (write 2023, 2023-04 or 2023-04-14); ${consequence}`);
    }
  };
  for (const [index, source] of records(file.sources)) checkOne(source, 'date', `sources[${index}]`);
  for (const [index, edge] of records(file.edges)) {
    const path = `edges[${index}]`;
    checkOne(edge, 'start', path);
    checkOne(edge, 'end', path, 'the relation counts as ended, date unknown');
    if (edge.former === true && stringField(edge, 'end') !== undefined) {
      problems.warn(path, '"former" and "end" together: "end" already says the relation is over; "former" is ignored');
    }
    const start = parsePartialDate(stringField(edge, 'start') ?? '');
    const end = parsePartialDate(stringField(edge, 'end') ?? '');
    // Compare at the coarser precision: "2023-04" to "2023" is fine (it ended later in 2023).
    const precision = Math.min(start?.iso.length ?? 0, end?.iso.length ?? 0);
    if (start && end && start.iso.slice(0, precision) > end.iso.slice(0, precision)) {
      problems.warn(path, `starts (${start.iso}) after it ends (${end.iso})`);
    }
  }
}

function checkTypes(file: Raw, problems: ProblemList): void {
  const nodeTypes = new Set([...BUILT_IN_NODE_TYPES.keys(), ...ownKeys(file.nodeTypes)]);
  const edgeTypes = new Set([...BUILT_IN_EDGE_TYPES.keys(), ...ownKeys(file.edgeTypes)]);
  const reported = new Set<string>();
  const check = (kind: 'node' | 'edge', known: Set<string>, list: unknown, registry: string): void => {
    for (const [index, record] of records(list)) {
      const type = stringField(record, 'type');
      if (type === undefined || known.has(type) || reported.has(`${kind}:${type}`)) continue;
      reported.add(`${kind}:${type}`);
      problems.warn(
        `${kind}s[${index}].type`,
        `type "${type}" is not declared in ${registry}${didYouMeanSuffix(type, known)}`,
      );
    }
  };
  check('node', nodeTypes, file.nodes, 'nodeTypes');
  check('edge', edgeTypes, file.edges, 'edgeTypes');
}

function checkEvidence(file: Raw, problems: ProblemList): void {
  const sourceIds = new Set<string>();
  for (const [, source] of records(file.sources)) {
    const id = stringField(source, 'id');
    if (id !== undefined) sourceIds.add(id);
  }
  for (const [index, edge] of records(file.edges)) {
    for (const [e, evidence] of records(edge.evidence)) {
      const source = stringField(evidence, 'source');
      if (source === undefined || sourceIds.has(source)) continue;
      problems.warn(
        `edges[${index}].evidence[${e}].source`,
        `no source "${source}" in sources${didYouMeanSuffix(source, sourceIds)}`,
      );
    }
  }
}

/**
 * zod skips a record entry keyed `__proto__` (writing it to its output would set a prototype), so it
 * never validates one; `buildGraph` reads it with `Object.entries` all the same. Validate it here.
 */
function checkProtoEntries(file: Raw, problems: ProblemList): void {
  const check = (record: unknown, schema: z.ZodType, path: string): void => {
    if (!isRecord(record) || !Object.hasOwn(record, '__proto__')) return;
    const value = record['__proto__'];
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const problem of schemaProblems(result.error, value)) {
      problems.error(problem.path ? `${path}.__proto__.${problem.path}` : `${path}.__proto__`, problem.message);
    }
  };
  check(file.nodeTypes, typeDefinitionSchema, 'nodeTypes');
  check(file.edgeTypes, edgeTypeDefinitionSchema, 'edgeTypes');
  for (const [index, node] of records(file.nodes)) check(node.links, z.string(), `nodes[${index}].links`);
}

/** Runs every whole-file check on the raw (possibly schema-invalid) input. */
export function checkGraphFile(file: unknown, problems: ProblemList): void {
  if (!isRecord(file)) return;
  const nodeIds = checkIds(file, problems);
  checkEnds(file, nodeIds, problems);
  checkDates(file, problems);
  checkTypes(file, problems);
  checkEvidence(file, problems);
  checkProtoEntries(file, problems);
}
