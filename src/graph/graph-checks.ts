import { z } from 'zod';
import { didYouMeanSuffix } from './did-you-mean.ts';
import { BUILT_IN_EDGE_TYPES, BUILT_IN_NODE_TYPES } from './graph-model.ts';
import { edgeTypeDefinitionSchema, typeDefinitionSchema } from './graph-schema.ts';
import { partialDateReader } from './partial-date.ts';
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

/** Calls `visit` with each object in `value` (when it is a list) and its index; skips anything else. */
function eachRecord(value: unknown, visit: (record: Raw, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isRecord(item)) visit(item, index);
  }
}

function stringField(record: Raw, key: string): string | undefined {
  const value = Object.hasOwn(record, key) ? record[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function ownKeys(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/** Node ids with the index of the node that has each first; edges' ids are only checked. */
function checkIds(file: Raw, problems: ProblemList): ReadonlyMap<string, number> {
  // Indexes, not paths: a path is only written for a problem.
  const nodeIndex = new Map<string, number>();
  eachRecord(file.nodes, (node, index) => {
    const id = stringField(node, 'id');
    if (id === undefined) return;
    const first = nodeIndex.get(id);
    if (first === undefined) nodeIndex.set(id, index);
    else problems.error(`nodes[${index}].id`, `duplicate id "${id}" (first used by nodes[${first}])`);
  });
  // Edge ids only need to be told apart; where one came first is looked for when it is not.
  const edgeIds = new Set<string>();
  eachRecord(file.edges, (edge, index) => {
    const id = stringField(edge, 'id');
    if (id === undefined) return;
    const node = nodeIndex.get(id);
    if (node !== undefined)
      problems.error(
        `edges[${index}].id`,
        `id "${id}" is already the id of a node (nodes[${node}]); ids must be unique across nodes and edges`,
      );
    else if (edgeIds.has(id))
      problems.error(`edges[${index}].id`, `duplicate id "${id}" (first used by edges[${firstEdgeWith(file, id)}])`);
    else edgeIds.add(id);
  });
  return nodeIndex;
}

function firstEdgeWith(file: Raw, id: string): number {
  let first = -1;
  eachRecord(file.edges, (edge, index) => {
    if (first < 0 && stringField(edge, 'id') === id) first = index;
  });
  return first;
}

function checkEnds(file: Raw, nodeIds: ReadonlyMap<string, number>, problems: ProblemList): void {
  eachRecord(file.edges, (edge, index) => {
    for (const end of ['source', 'target'] as const) {
      const id = stringField(edge, end);
      if (id === undefined || nodeIds.has(id)) continue;
      problems.error(`edges[${index}].${end}`, `no node "${id}"${didYouMeanSuffix(id, nodeIds.keys())}`);
    }
  });
}

const NOT_A_DATE = 'is not a date (write 2023, 2023-04 or 2023-04-14)';

function checkDates(file: Raw, problems: ProblemList): void {
  const readDate = partialDateReader();
  eachRecord(file.sources, (source, index) => {
    const date = stringField(source, 'date');
    if (date !== undefined && readDate(date) === undefined)
      problems.warn(`sources[${index}].date`, `"${date}" ${NOT_A_DATE}; it is ignored`);
  });
  // Each date text parsed once, and a path written only for a warning: most relations of a large
  // file have dates, few have a problem.
  eachRecord(file.edges, (edge, index) => {
    const startText = stringField(edge, 'start');
    const endText = stringField(edge, 'end');
    if (startText === undefined && endText === undefined) return;
    const start = startText === undefined ? undefined : readDate(startText);
    const end = endText === undefined ? undefined : readDate(endText);
    const path = `edges[${index}]`;
    if (startText !== undefined && start === undefined)
      problems.warn(`${path}.start`, `"${startText}" ${NOT_A_DATE}; it is ignored`);
    if (endText !== undefined && end === undefined)
      problems.warn(`${path}.end`, `"${endText}" ${NOT_A_DATE}; the relation counts as ended, date unknown`);
    if (edge.former === true && endText !== undefined) {
      problems.warn(path, '"former" and "end" together: "end" already says the relation is over; "former" is ignored');
    }
    if (!start || !end) return;
    // Compare at the coarser precision: "2023-04" to "2023" is fine (it ended later in 2023).
    const precision = Math.min(start.iso.length, end.iso.length);
    if (start.iso.slice(0, precision) > end.iso.slice(0, precision)) {
      problems.warn(path, `starts (${start.iso}) after it ends (${end.iso})`);
    }
  });
}

function checkTypes(file: Raw, problems: ProblemList): void {
  const nodeTypes = new Set([...BUILT_IN_NODE_TYPES.keys(), ...ownKeys(file.nodeTypes)]);
  const edgeTypes = new Set([...BUILT_IN_EDGE_TYPES.keys(), ...ownKeys(file.edgeTypes)]);
  const reported = new Set<string>();
  const check = (kind: 'node' | 'edge', known: Set<string>, list: unknown, registry: string): void => {
    eachRecord(list, (record, index) => {
      const type = stringField(record, 'type');
      if (type === undefined || known.has(type) || reported.has(`${kind}:${type}`)) return;
      reported.add(`${kind}:${type}`);
      problems.warn(
        `${kind}s[${index}].type`,
        `type "${type}" is not declared in ${registry}${didYouMeanSuffix(type, known)}`,
      );
    });
  };
  check('node', nodeTypes, file.nodes, 'nodeTypes');
  check('edge', edgeTypes, file.edges, 'edgeTypes');
}

function checkEvidence(file: Raw, problems: ProblemList): void {
  const sourceIds = new Set<string>();
  eachRecord(file.sources, (source) => {
    const id = stringField(source, 'id');
    if (id !== undefined) sourceIds.add(id);
  });
  eachRecord(file.edges, (edge, index) =>
    eachRecord(edge.evidence, (evidence, e) => {
      const source = stringField(evidence, 'source');
      if (source === undefined || sourceIds.has(source)) return;
      problems.warn(
        `edges[${index}].evidence[${e}].source`,
        `no source "${source}" in sources${didYouMeanSuffix(source, sourceIds)}`,
      );
    }),
  );
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
  const linkSchema = z.string();
  eachRecord(file.nodes, (node, index) => {
    if (isRecord(node.links) && Object.hasOwn(node.links, '__proto__'))
      check(node.links, linkSchema, `nodes[${index}].links`);
  });
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
