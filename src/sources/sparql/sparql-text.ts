/**
 * Writing values into SPARQL text safely: an IRI or a search text comes from a link or a text box,
 * so it is checked or escaped before it reaches a query (no injection through `>` or `"`).
 */

// SPARQL's IRIREF excludes these characters (and anything up to space); anything else is allowed.
// eslint-disable-next-line no-control-regex -- control characters are exactly what an IRI may not hold
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/u;

/** An absolute IRI the explorer will query for: a scheme, then no characters IRIREF forbids. */
export function isQueryableIri(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !IRI_FORBIDDEN.test(text) && text.length <= 2000;
}

/**
 * @example iriRef('http://kg.example/id/x') // '<http://kg.example/id/x>'
 * @throws when the text is no IRI a query can hold (callers check with isQueryableIri first)
 */
export function iriRef(iri: string): string {
  if (!isQueryableIri(iri)) throw new Error(`not an IRI a query can hold: ${JSON.stringify(iri)}`);
  return `<${iri}>`;
}

/**
 * A string literal for any text.
 * @example stringLiteral('say "hi"') // '"say \\"hi\\""'
 */
export function stringLiteral(text: string): string {
  return `"${text.replace(/[\\"\n\r\t]/g, (ch) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch] ?? ch)}"`;
}

/** Language tags as a query may name them: letters, digits and hyphens only. */
export function cleanLanguages(languages: readonly string[]): string[] {
  return [
    ...new Set(languages.map((tag) => tag.toLowerCase()).filter((tag) => /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag))),
  ];
}

/** Keeps literals without a language and those in one of `languages`. */
export function languageFilter(variable: string, languages: readonly string[]): string {
  const tests = cleanLanguages(languages).map((tag) => `langMatches(lang(${variable}), ${stringLiteral(tag)})`);
  return `FILTER(!isLiteral(${variable}) || lang(${variable}) = "" || ${[...tests, 'false'].join(' || ')})`;
}

/** The last segment of an IRI, for names nobody wrote: `http://schema.org/worksFor` → `worksFor`. */
export function localName(iri: string): string {
  const match = /[^/#:]+$/.exec(iri.replace(/[/#]+$/, ''));
  return match ? decodeLocal(match[0]) : iri;
}

function decodeLocal(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
