import { iriRef, languageFilter, stringLiteral } from './sparql-text.ts';
import {
  LABEL_PROPERTIES,
  NOT_RELATIONS,
  ORG_MEMBER,
  ORG_MEMBER_DURING,
  ORG_ORGANIZATION,
  ORG_ROLE,
  P_EMPLOYER,
  PQ_END,
  PQ_START,
  PS_EMPLOYER,
  RDFS_LABEL,
  SCHEMA_DESCRIPTION,
  SKOS_ALT_LABEL,
  SKOS_PREF_LABEL,
  TIME_BEGINNING,
  TIME_END,
  TIME_IN_XSD_DATE,
  TYPE_PROPERTIES,
  WD,
  WDT,
  WIKIBASE_DIRECT_CLAIM,
  WIKIDATA_PROP_NAMESPACE,
} from './sparql-vocabulary.ts';

/**
 * The SPARQL 1.1 queries the source sends, as pure text builders (tested on their exact shape).
 * Plain SPARQL 1.1 only, so any engine answers; IRIs are spelled out in full.
 */

const list = (iris: readonly string[]): string => iris.map(iriRef).join(' ');

/**
 * Links between `iri` and other entities, both directions (`?out`: it points there, `?in`: that points
 * at it): the pattern shared by the page and its count. No BIND inside the UNION: Virtuoso 7.2 fails on it.
 */
function linkPattern(iri: string): string {
  const x = iriRef(iri);
  return `{ ${x} ?p ?out . FILTER(isIRI(?out)) }
  UNION
  { ?in ?p ${x} . FILTER(isIRI(?in)) }
  FILTER(?p NOT IN (${NOT_RELATIONS.map(iriRef).join(', ')}))
  FILTER(!STRSTARTS(STR(?p), ${stringLiteral(WIKIDATA_PROP_NAMESPACE)}) || STRSTARTS(STR(?p), ${stringLiteral(WDT)}))`;
}

/** Up to `limit` links of `iri` (the caller asks for one more than it shows, to know there are more). */
export function linksQuery(iri: string, limit: number): string {
  return `SELECT ?p ?out ?in WHERE {
  ${linkPattern(iri)}
}
LIMIT ${String(limit)}`;
}

/** How many links `iri` has in all, for the "N more" notice. */
export function linkCountQuery(iri: string): string {
  return `SELECT (COUNT(*) AS ?count) WHERE {
  ${linkPattern(iri)}
}`;
}

/**
 * Roles with their details, `iri` on either side: W3C ORG memberships (org:role's label, the interval
 * of org:memberDuring) and Wikidata employer statements (p:P108 with pq:P580 / pq:P582 qualifiers).
 */
export function rolesQuery(iri: string, languages: readonly string[], limit: number): string {
  const x = iriRef(iri);
  const [member, organization, role, during] = [ORG_MEMBER, ORG_ORGANIZATION, ORG_ROLE, ORG_MEMBER_DURING].map(iriRef);
  const inDate = iriRef(TIME_IN_XSD_DATE);
  return `SELECT ?st ?person ?org ?title ?start ?end WHERE {
  { ?st ${member} ${x} ; ${organization} ?org . BIND(${x} AS ?person) }
  UNION { ?st ${organization} ${x} ; ${member} ?person . BIND(${x} AS ?org) }
  UNION { ${x} ${iriRef(P_EMPLOYER)} ?st . ?st ${iriRef(PS_EMPLOYER)} ?org . BIND(${x} AS ?person) }
  UNION { ?person ${iriRef(P_EMPLOYER)} ?st . ?st ${iriRef(PS_EMPLOYER)} ${x} . BIND(${x} AS ?org) }
  OPTIONAL { ?st ${role} ?r . ?r ${iriRef(RDFS_LABEL)}|${iriRef(SKOS_PREF_LABEL)} ?title . ${languageFilter('?title', languages)} }
  OPTIONAL { ?st ${during}/${iriRef(TIME_BEGINNING)}/${inDate} ?start }
  OPTIONAL { ?st ${during}/${iriRef(TIME_END)}/${inDate} ?end }
  OPTIONAL { ?st ${iriRef(PQ_START)} ?start }
  OPTIONAL { ?st ${iriRef(PQ_END)} ?end }
}
LIMIT ${String(limit)}`;
}

/** What `iri` itself says in literals: its attributes (in the wanted languages, or none). */
export function literalsQuery(iri: string, languages: readonly string[], limit: number): string {
  return `SELECT ?p ?o WHERE {
  ${iriRef(iri)} ?p ?o . FILTER(isLiteral(?o))
  ${languageFilter('?o', languages)}
}
LIMIT ${String(limit)}`;
}

const DESCRIBED = [...LABEL_PROPERTIES, SKOS_ALT_LABEL, SCHEMA_DESCRIPTION, ...TYPE_PROPERTIES];

/**
 * Labels, aliases, description and types of entities and properties, plus the labels of their classes
 * (`?c`) and of Wikidata properties behind `wdt:` (`wikibase:directClaim`): what names them on screen.
 */
export function describeQuery(iris: readonly string[], languages: readonly string[]): string {
  const types = TYPE_PROPERTIES.map(iriRef).join('|');
  return `SELECT ?n ?p ?o ?c WHERE {
  VALUES ?n { ${list(iris)} }
  { ?n ?p ?o . VALUES ?p { ${list(DESCRIBED)} } }
  UNION { ?n ${types} ?c . ?c ${iriRef(RDFS_LABEL)} ?o . BIND(${iriRef(RDFS_LABEL)} AS ?p) }
  UNION { ?prop ${iriRef(WIKIBASE_DIRECT_CLAIM)} ?n . ?prop ${iriRef(RDFS_LABEL)} ?o . BIND(${iriRef(RDFS_LABEL)} AS ?p) }
  ${languageFilter('?o', languages)}
}`;
}

/** Wikidata's SPARQL service searches its own index of labels and aliases (a full scan would time out there). */
export function isWikidata(endpoint: string): boolean {
  try {
    return new URL(endpoint).hostname === 'query.wikidata.org';
  } catch {
    return false;
  }
}

/**
 * Entities whose label or alias contains `text` (any case), for search. Wikidata answers through its
 * entity search (MediaWiki API service); every other endpoint through a plain SPARQL 1.1 filter.
 */
export function searchQuery(endpoint: string, text: string, languages: readonly string[], limit: number): string {
  const needle = stringLiteral(text.trim());
  if (isWikidata(endpoint)) {
    const language = stringLiteral(languages[0] ?? 'en');
    return `SELECT ?n ?label WHERE {
  SERVICE <http://wikiba.se/ontology#mwapi> {
    <http://www.bigdata.com/rdf#serviceParam> <http://wikiba.se/ontology#endpoint> "www.wikidata.org" ;
      <http://wikiba.se/ontology#api> "EntitySearch" ;
      <https://www.mediawiki.org/ontology#API/search> ${needle} ;
      <https://www.mediawiki.org/ontology#API/language> ${language} .
    ?n <http://wikiba.se/ontology#apiOutputItem> <https://www.mediawiki.org/ontology#API/item> .
  }
  OPTIONAL { ?n ${iriRef(RDFS_LABEL)} ?label . ${languageFilter('?label', languages)} }
  FILTER(STRSTARTS(STR(?n), ${stringLiteral(WD)}))
}
LIMIT ${String(limit)}`;
  }
  return `SELECT DISTINCT ?n ?label WHERE {
  ?n ?lp ?label .
  VALUES ?lp { ${list([...LABEL_PROPERTIES, SKOS_ALT_LABEL])} }
  FILTER(isIRI(?n) && CONTAINS(LCASE(STR(?label)), LCASE(${needle})))
}
LIMIT ${String(limit)}`;
}
