import { parsePartialDate, type PartialDate } from '../../../src/graph/partial-date.ts';

/** A partial date from its text, failing the test when the text is no date. */
export function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`"${text}" should parse`);
  return parsed;
}
