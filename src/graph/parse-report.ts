/** What `parseGraph` and the importers say about a file: every problem, with where it is. */
export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** Where in the file: `edges[12].target`, or '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

export interface ParseReport {
  /** Fatal problems: the file is refused when there is at least one. */
  readonly errors: readonly Problem[];
  /** The file opens; the UI shows these. */
  readonly warnings: readonly Problem[];
}

/** `edges[12].target: no node "wang-bn"`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** Builds `nodes[3].aliases[0]` from zod-style path segments. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

export class ProblemList {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  error(path: string, message: string): void {
    this.errors.push({ severity: 'error', path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ severity: 'warning', path, message });
  }

  report(): ParseReport {
    return { errors: this.errors, warnings: this.warnings };
  }
}
