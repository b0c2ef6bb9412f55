/**
 * The RDF vocabulary the SPARQL source understands (README "Exploring a SPARQL endpoint"), as full IRIs:
 * queries spell them out rather than rely on an endpoint's own prefixes.
 */
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const SCHEMA = 'http://schema.org/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const ORG = 'http://www.w3.org/ns/org#';
const TIME = 'http://www.w3.org/2006/time#';
export const WD = 'http://www.wikidata.org/entity/';
export const WDT = 'http://www.wikidata.org/prop/direct/';
const WIKIDATA_PROP = 'http://www.wikidata.org/prop/';

/** The IRIs of `names` in namespace `ns`, as a tuple, so each name destructures to a string of its own. */
function terms<const N extends readonly string[]>(ns: string, ...names: N): { readonly [K in keyof N]: string } {
  return names.map((name) => `${ns}${name}`) as unknown as { readonly [K in keyof N]: string };
}

export const [SKOS_PREF_LABEL, SKOS_ALT_LABEL] = terms(SKOS, 'prefLabel', 'altLabel');
export const [SCHEMA_NAME, SCHEMA_DESCRIPTION] = terms(SCHEMA, 'name', 'description');
export const FOAF_NAME = `${FOAF}name`;
export const WIKIDATA_INSTANCE_OF = `${WDT}P31`;
export const WIKIBASE_DIRECT_CLAIM = 'http://wikiba.se/ontology#directClaim';

/** Label properties, best first: a node's label is the first of these it has (in the preferred language). */
export const LABEL_PROPERTIES = [RDFS_LABEL, SKOS_PREF_LABEL, SCHEMA_NAME, FOAF_NAME] as const;
/** What a node's type comes from: rdf:type, and Wikidata's "instance of". */
export const TYPE_PROPERTIES = [RDF_TYPE, WIKIDATA_INSTANCE_OF] as const;

/** W3C ORG memberships (with role and interval) and Wikidata's employer statements (with qualifiers). */
export const [ORG_MEMBER, ORG_ORGANIZATION, ORG_HAS_MEMBERSHIP, ORG_ROLE, ORG_MEMBER_DURING] = terms(
  ORG,
  'member',
  'organization',
  'hasMembership',
  'role',
  'memberDuring',
);
export const [TIME_BEGINNING, TIME_END, TIME_IN_XSD_DATE] = terms(TIME, 'hasBeginning', 'hasEnd', 'inXSDDate');
export const WIKIDATA_EMPLOYER = 'P108';
export const [P_EMPLOYER, PS_EMPLOYER, PQ_START, PQ_END] = terms(
  WIKIDATA_PROP,
  WIKIDATA_EMPLOYER,
  `statement/${WIKIDATA_EMPLOYER}`,
  'qualifier/P580',
  'qualifier/P582',
);

/** Wikidata's statement namespaces (p:, ps:, pq:…) hold statement nodes, not entities; wdt: is the direct graph. */
export const WIKIDATA_PROP_NAMESPACE = WIKIDATA_PROP;

/** Classes that make a node a person or an organisation (the explorer's built-in types). */
export const PERSON_CLASSES: ReadonlySet<string> = new Set([`${FOAF}Person`, `${SCHEMA}Person`, `${WD}Q5`]);
export const ORGANISATION_CLASSES: ReadonlySet<string> = new Set([
  `${ORG}Organization`,
  `${ORG}FormalOrganization`,
  `${ORG}OrganizationalUnit`,
  `${SCHEMA}Organization`,
  `${SCHEMA}Corporation`,
  `${FOAF}Organization`,
  `${WD}Q43229`,
  `${WD}Q4830453`,
  `${WD}Q783794`,
  `${WD}Q6881511`,
  `${WD}Q891723`,
]);

/** How a property reads in the explorer, and which way: `reverse` swaps subject and object. */
export interface PropertyMeaning {
  readonly type: 'holds_role' | 'part_of' | 'founded';
  readonly reverse: boolean;
}

export const PROPERTY_MEANINGS: ReadonlyMap<string, PropertyMeaning> = new Map([
  [`${ORG}memberOf`, { type: 'holds_role', reverse: false }],
  [`${SCHEMA}worksFor`, { type: 'holds_role', reverse: false }],
  [`${SCHEMA}memberOf`, { type: 'holds_role', reverse: false }],
  [`${ORG}subOrganizationOf`, { type: 'part_of', reverse: false }],
  [`${SCHEMA}parentOrganization`, { type: 'part_of', reverse: false }],
  [`${SCHEMA}founder`, { type: 'founded', reverse: true }],
  [`${WDT}${WIKIDATA_EMPLOYER}`, { type: 'holds_role', reverse: false }],
  [`${WDT}P749`, { type: 'part_of', reverse: false }],
  [`${WDT}P112`, { type: 'founded', reverse: true }],
]);

/** Properties that are not relations between entities: types, membership plumbing, sitelinks. */
export const NOT_RELATIONS: readonly string[] = [
  RDF_TYPE,
  WIKIDATA_INSTANCE_OF,
  ORG_HAS_MEMBERSHIP,
  ORG_MEMBER,
  ORG_ORGANIZATION,
  `${WDT}${WIKIDATA_EMPLOYER}`,
  `${SCHEMA}about`,
];
