import { buildGraph } from './build-graph.ts';
import { hasGraphFileShape } from './file-shape.ts';
import { checkGraphFile } from './graph-checks.ts';
import type { Graph } from './graph-model.ts';
import { graphFileSchema, type GraphFile } from './graph-schema.ts';
import { limitInput, MAX_NESTING, tooDeep } from './input-limits.ts';
import { parseJsonText } from './json-text.ts';
import { ProblemList, type ParseReport } from './parse-report.ts';
import { kindOf, schemaProblems } from './schema-problems.ts';

export interface ParseResult {
  /** Undefined when the report has errors: the file is refused. */
  readonly graph: Graph | undefined;
  readonly report: ParseReport;
}

/**
 * Reads a graph file (JSON text, or the value JSON.parse made of it) and reports every problem:
 * syntax with line and column, schema errors with their path, duplicate and colliding ids, edges to
 * missing nodes, dates, undeclared types. Errors refuse the file; warnings travel with the graph.
 * @example parseGraph('{"version":1,"id":"g","title":"G","nodes":[],"edges":[]}').graph?.id // 'g'
 */
export function parseGraph(input: unknown): ParseResult {
  const { file, report } = checkGraph(input);
  return { graph: file && buildGraph(file), report };
}

export interface CheckResult {
  /** The file, long text cut, when it passed every check; undefined when the report has errors. */
  readonly file: GraphFile | undefined;
  readonly report: ParseReport;
}

/** `parseGraph` without building the model: every check, and the file ready for `buildGraph`. */
export function checkGraph(input: unknown): CheckResult {
  const problems = new ProblemList();
  let value = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input);
    if (!json.ok) return { file: undefined, report: { errors: json.problems, warnings: [] } };
    value = json.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.error('', `the file must be a JSON object ({ … }), not ${kindOf(value)}`);
    return { file: undefined, report: problems.report() };
  }
  // First, and in one walk that goes no deeper than the limit: every later step walks the value.
  const limited = limitInput(value, problems);
  if (limited.depth > MAX_NESTING) {
    // Only the one sentence: what the walk said about text before it stopped does not matter.
    const deep = new ProblemList();
    deep.error('', tooDeep(limited.depth));
    return { file: undefined, report: deep.report() };
  }
  value = limited.value;
  // The compiled check first; zod, slower, only for a file it refuses, to say what is wrong.
  if (!hasGraphFileShape(value)) {
    const checked = graphFileSchema.safeParse(value);
    if (!checked.success) {
      for (const problem of schemaProblems(checked.error, value)) problems.error(problem.path, problem.message);
    }
  }
  checkGraphFile(value, problems);
  const report = problems.report();
  if (report.errors.length > 0) return { file: undefined, report };
  // The schema has no transforms, so the raw value is the validated file, with `__proto__` keys intact.
  return { file: value as GraphFile, report };
}
