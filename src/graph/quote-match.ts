/**
 * Checks that an evidence quote is a verbatim passage of its source, forgiving only typography:
 * Unicode compatibility forms (NFKC), curly versus straight quotation marks, and runs of white space
 * (including no-break spaces and line breaks). Letters, punctuation and case must match.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E]/gu;
const WHITE_SPACE = /\s+/gu;

/**
 * @example normaliseForQuote('Xiaomi\u2018s  \u201Cteam\u201D') // `Xiaomi's "team"`
 */
export function normaliseForQuote(text: string): string {
  return text.normalize('NFKC').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(WHITE_SPACE, ' ');
}

/**
 * True when `quote`, normalised and trimmed, is non-empty and occurs in `text`, normalised.
 * @example quoteOccursIn("its Technical Committee's AI Lab", 'at its Technical Committee\u2019s AI Lab.') // true
 */
export function quoteOccursIn(quote: string, text: string): boolean {
  const needle = normaliseForQuote(quote).trim();
  return needle !== '' && normaliseForQuote(text).includes(needle);
}
