import { describe, expect, it } from 'vitest';
import {
  describeQuery,
  linkCountQuery,
  linksQuery,
  rolesQuery,
  searchQuery,
} from '../../../src/sources/sparql/sparql-queries.ts';
import {
  iriRef,
  isQueryableIri,
  languageFilter,
  localName,
  stringLiteral,
} from '../../../src/sources/sparql/sparql-text.ts';

const X = 'http://kg.example/id/luan-jian';

describe('SPARQL text', () => {
  it('accepts absolute IRIs and refuses what would break out of <…>', () => {
    expect(isQueryableIri(X)).toBe(true);
    expect(isQueryableIri('urn:isbn:0451450523')).toBe(true);
    expect(isQueryableIri('luan-jian')).toBe(false);
    expect(isQueryableIri('http://x> } ; DROP ALL ; <y')).toBe(false);
    expect(isQueryableIri('http://x/a b')).toBe(false);
    expect(() => iriRef('http://x/"')).toThrow(/not an IRI/);
    expect(iriRef(X)).toBe(`<${X}>`);
  });

  it('escapes any text into a string literal', () => {
    expect(stringLiteral('say "hi"\\\n')).toBe('"say \\"hi\\"\\\\\\n"');
  });

  it('filters literals to the wanted languages and drops tags that are not tags', () => {
    expect(languageFilter('?o', ['en', 'zh-Hans', 'x") || true || ("'])).toBe(
      'FILTER(!isLiteral(?o) || lang(?o) = "" || langMatches(lang(?o), "en") || langMatches(lang(?o), "zh-hans") || false)',
    );
  });

  it('names a property by its local name', () => {
    expect(localName('http://schema.org/worksFor')).toBe('worksFor');
    expect(localName('http://www.w3.org/ns/org#memberOf')).toBe('memberOf');
    expect(localName('http://www.wikidata.org/prop/direct/P108')).toBe('P108');
    expect(localName('http://kg.example/id/a%20b/')).toBe('a b');
  });
});

describe('neighbourhood queries', () => {
  it('asks for links both ways, without types, membership plumbing or Wikidata statement nodes', () => {
    const query = linksQuery(X, 61);
    expect(query).toContain(`{ <${X}> ?p ?out . FILTER(isIRI(?out)) }`);
    expect(query).toContain(`{ ?in ?p <${X}> . FILTER(isIRI(?in)) }`);
    expect(query).toContain('<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>');
    expect(query).toContain('<http://www.w3.org/ns/org#hasMembership>');
    expect(query).toContain('STRSTARTS(STR(?p), "http://www.wikidata.org/prop/direct/")');
    expect(query).toMatch(/LIMIT 61$/);
    expect(query).not.toContain('BIND');
    expect(linkCountQuery(X)).toMatch(/^SELECT \(COUNT\(\*\) AS \?count\) WHERE/);
  });

  it('asks for roles through W3C ORG memberships and Wikidata employer statements, on both sides', () => {
    const query = rolesQuery(X, ['en'], 200);
    expect(query).toContain(`?st <http://www.w3.org/ns/org#member> <${X}>`);
    expect(query).toContain(`?st <http://www.w3.org/ns/org#organization> <${X}>`);
    expect(query).toContain(`<${X}> <http://www.wikidata.org/prop/P108> ?st`);
    expect(query).toContain('<http://www.wikidata.org/prop/qualifier/P580> ?start');
    expect(query).toContain('<http://www.w3.org/2006/time#hasBeginning>');
  });

  it('describes many IRIs in one query, with class labels and Wikidata property labels', () => {
    const query = describeQuery([X, 'http://schema.org/worksFor'], ['zh', 'en']);
    expect(query).toContain(`VALUES ?n { <${X}> <http://schema.org/worksFor> }`);
    expect(query).toContain('<http://wikiba.se/ontology#directClaim>');
    expect(query).toContain('langMatches(lang(?o), "zh") || langMatches(lang(?o), "en")');
  });
});

describe('search query', () => {
  it('filters labels and aliases on any endpoint, with the text escaped', () => {
    const query = searchQuery('http://127.0.0.1:8890/sparql', 'Nadel"la', ['en'], 20);
    expect(query).toContain('CONTAINS(LCASE(STR(?label)), LCASE("Nadel\\"la"))');
    expect(query).toContain('<http://www.w3.org/2004/02/skos/core#altLabel>');
    expect(query).toMatch(/LIMIT 20$/);
  });

  it("uses Wikidata's own entity search there", () => {
    const query = searchQuery('https://query.wikidata.org/sparql', 'Lei Jun', ['zh'], 10);
    expect(query).toContain('"EntitySearch"');
    expect(query).toContain('<https://www.mediawiki.org/ontology#API/search> "Lei Jun"');
    expect(query).toContain('<https://www.mediawiki.org/ontology#API/language> "zh"');
  });
});
