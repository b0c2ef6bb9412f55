import { ROLE } from '../../graph/graph-model.ts';
import type { EdgeRecord } from '../../graph/graph-schema.ts';
import type { LinkFact, RoleFact } from './neighbourhood-facts.ts';
import { pickLiteral, partialDateText } from './sparql-literals.ts';
import { localName } from './sparql-text.ts';
import { ORG_MEMBER, ORG_ORGANIZATION, P_EMPLOYER, PROPERTY_MEANINGS, PS_EMPLOYER } from './sparql-vocabulary.ts';

/** Relation types the mapping gives a meaning of the explorer's own (README "Mapping"). */
const MEANING_TYPES: ReadonlySet<string> = new Set([...PROPERTY_MEANINGS.values()].map((m) => m.type));

/** The relation type id of a property: its meaning, else its local name (kept apart from the meanings). */
export function relationType(property: string): string {
  const meaning = PROPERTY_MEANINGS.get(property);
  if (meaning) return meaning.type;
  const name = localName(property);
  return MEANING_TYPES.has(name) ? `${name} (property)` : name;
}

/** The triple as N-Triples: SPARQL facts have no quote, so the evidence is the statement itself. */
export function tripleText(s: string, p: string, o: string): string {
  return `<${s}> <${p}> <${o}> .`;
}

/** A link as an edge; the id is the triple, unique across neighbourhoods that both load it. */
export function linkEdge(link: LinkFact, endpoint: string): EdgeRecord {
  const meaning = PROPERTY_MEANINGS.get(link.p);
  const [source, target] = meaning?.reverse === true ? [link.o, link.s] : [link.s, link.o];
  return {
    id: `${link.s} ${link.p} ${link.o}`,
    source,
    target,
    type: relationType(link.p),
    evidence: [{ source: endpoint, quote: tripleText(link.s, link.p, link.o) }],
  };
}

/** A role from a W3C ORG membership or a Wikidata employer statement, with title and dates when given. */
export function roleEdge(role: RoleFact, endpoint: string, languages: readonly string[]): EdgeRecord {
  const wikidata = role.st.startsWith('http://www.wikidata.org/entity/statement/');
  const quote = wikidata
    ? `${tripleText(role.person, P_EMPLOYER, role.st)}\n${tripleText(role.st, PS_EMPLOYER, role.org)}`
    : `${tripleText(role.st, ORG_MEMBER, role.person)}\n${tripleText(role.st, ORG_ORGANIZATION, role.org)}`;
  const title = pickLiteral(role.titles, languages)?.value;
  const start = partialDateText(role.start);
  const end = partialDateText(role.end);
  return {
    id: `${role.person} ${role.st} ${role.org}`,
    source: role.person,
    target: role.org,
    type: ROLE,
    ...(title !== undefined && { title }),
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
    evidence: [{ source: endpoint, quote }],
  };
}
