import type { z } from 'zod';
import { formatPath, type Problem } from './parse-report.ts';

const KINDS: ReadonlyMap<string, string> = new Map([
  ['string', 'a string'],
  ['number', 'a number'],
  ['boolean', 'a boolean'],
  ['object', 'an object'],
]);

/** The JSON name of a value's kind, for "must be a string, not a number"; other values as JavaScript names them. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return KINDS.get(typeof value) ?? typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  // A field left out: zod reports the type or the literal it wanted (`version` is the literal 1).
  // At the root there is no field, only a value that is not a file.
  const missing = input === undefined && issue.path.length > 0;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return 'is required';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(input)}`;
    case 'invalid_value':
      if (missing) return 'is required';
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${JSON.stringify(input)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    // zod's own sentence reads well for the rest; listed so a code a zod upgrade adds gets a look.
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
  }
}

/** The value at a zod path inside the raw input, to say what was found there. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns zod's issues into problems with a file path and plain words, one per unknown key. */
export function schemaProblems(error: z.ZodError, root: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          severity: 'error',
          path: formatPath([...issue.path, key]),
          message: 'is not a field of this format',
        });
      }
      continue;
    }
    const path = formatPath(issue.path);
    problems.push({ severity: 'error', path, message: plainMessage(issue, valueAt(root, issue.path)) });
  }
  return problems;
}
