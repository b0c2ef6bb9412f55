import { parsePartialDate } from '../../graph/partial-date.ts';
import type { Term } from './sparql-results.ts';

/** A literal as the mapping keeps it. */
export interface Literal {
  readonly value: string;
  /** Lower case; '' for none. */
  readonly lang: string;
  readonly datatype?: string;
}

export function literalOf(term: Term | undefined): Literal | undefined {
  if (term?.kind !== 'literal') return undefined;
  return { value: term.value, lang: term.lang, ...(term.datatype !== undefined && { datatype: term.datatype }) };
}

function languageRank(lang: string, languages: readonly string[]): number {
  const index = languages.findIndex((wanted) => lang === wanted || lang.startsWith(`${wanted}-`));
  if (index >= 0) return index;
  return lang === '' ? languages.length : languages.length + 1;
}

/**
 * The literal to show for a preference of languages: the first wanted language, then no language,
 * then any; ties keep the endpoint's order.
 * @example pickLiteral([{ value: '小米', lang: 'zh' }, { value: 'Xiaomi', lang: 'en' }], ['en'])?.value // 'Xiaomi'
 */
export function pickLiteral(literals: readonly Literal[], languages: readonly string[]): Literal | undefined {
  let best: Literal | undefined;
  let bestRank = Infinity;
  for (const literal of literals) {
    const rank = languageRank(literal.lang, languages);
    if (rank < bestRank) [best, bestRank] = [literal, rank];
  }
  return best;
}

/**
 * An xsd date, gYear, gYearMonth or dateTime as the explorer's partial date. Wikidata writes a year
 * as 1 January (`2010-01-01T00:00:00Z`) and a month as its first day, with the precision elsewhere:
 * reading those as the year or the month keeps "since 2010" from becoming "since 1 January 2010".
 * @example partialDateText('2010-01-01T00:00:00Z') // '2010'
 * @example partialDateText('2023-04-14') // '2023-04-14'
 */
export function partialDateText(literal: Literal | undefined): string | undefined {
  if (literal === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(literal.value.trim());
  if (!match) return undefined;
  const [, year, month, day, time] = match;
  let text = [year, month, day].filter((part) => part !== undefined).join('-');
  if (time !== undefined && day === '01') text = month === '01' ? (year ?? '') : `${year ?? ''}-${month ?? ''}`;
  return parsePartialDate(text)?.iso;
}
