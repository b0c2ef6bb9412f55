import { validate } from './generated/graph-file-validator.js';

/**
 * True when `value` has the shape graph-schema.ts describes: the verdict of
 * `graphFileSchema.safeParse(value).success`, reached by the schema's JSON Schema compiled ahead of
 * time into plain code (scripts/graph-file-validator.ts). On a 20,000-entity file it answers several
 * times sooner than zod the first time it runs (Node: 44 against 156 ms). It only says yes or no: a
 * file it refuses is handed to zod, which says what is wrong and where. A property test holds the two
 * verdicts equal.
 */
export function hasGraphFileShape(value: unknown): boolean {
  return validate(value);
}
