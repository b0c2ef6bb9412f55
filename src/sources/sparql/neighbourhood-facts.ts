import { multimapPush } from '../../graph/multimap.ts';
import { literalOf, type Literal } from './sparql-literals.ts';
import { iriOf, type Row } from './sparql-results.ts';
import { RDFS_LABEL, TYPE_PROPERTIES } from './sparql-vocabulary.ts';

/** A link between the centre and another entity: one triple. */
export interface LinkFact {
  readonly s: string;
  readonly p: string;
  readonly o: string;
}

/** A role from a membership or statement node (`st`), with what it says of title and dates. */
export interface RoleFact {
  readonly st: string;
  readonly person: string;
  readonly org: string;
  readonly titles: readonly Literal[];
  readonly start?: Literal;
  readonly end?: Literal;
}

/** Names and classes of one IRI (an entity, a class or a property). */
export interface Description {
  /** Property IRI → literals (labels, aliases, description). */
  readonly names: ReadonlyMap<string, readonly Literal[]>;
  readonly classes: readonly string[];
}

/** What one neighbourhood request brought back, before it becomes part of a graph. */
export interface Neighbourhood {
  readonly centre: string;
  readonly links: readonly LinkFact[];
  readonly roles: readonly RoleFact[];
  /** Links the endpoint has beyond those loaded (the cap per request). */
  readonly more: number;
  readonly described: ReadonlyMap<string, Description>;
  /** The centre's own literals (property IRI, literal), its attributes. */
  readonly literals: readonly (readonly [string, Literal])[];
}

export interface NeighbourhoodRows {
  readonly links: readonly Row[];
  readonly roles: readonly Row[];
  readonly literals: readonly Row[];
  readonly describe: readonly Row[];
  /** The link count, when the links filled the cap. */
  readonly count?: number;
}

function linkFacts(centre: string, rows: readonly Row[]): LinkFact[] {
  const facts: LinkFact[] = [];
  for (const row of rows) {
    const p = iriOf(row, 'p');
    const out = iriOf(row, 'out');
    const into = iriOf(row, 'in');
    if (p === undefined) continue;
    if (out !== undefined) facts.push({ s: centre, p, o: out });
    else if (into !== undefined) facts.push({ s: into, p, o: centre });
  }
  return facts;
}

function roleFacts(rows: readonly Row[]): RoleFact[] {
  const byStatement = new Map<string, RoleFact>();
  for (const row of rows) {
    const st = row.get('st')?.value;
    const person = iriOf(row, 'person');
    const org = iriOf(row, 'org');
    if (st === undefined || person === undefined || org === undefined) continue;
    // One row per title language: the statement collects its titles.
    const known = byStatement.get(st);
    const title = literalOf(row.get('title'));
    const start = known?.start ?? literalOf(row.get('start'));
    const end = known?.end ?? literalOf(row.get('end'));
    byStatement.set(st, {
      st,
      person,
      org,
      titles: [...(known?.titles ?? []), ...(title ? [title] : [])],
      ...(start && { start }),
      ...(end && { end }),
    });
  }
  return [...byStatement.values()];
}

function descriptions(rows: readonly Row[]): Map<string, Description> {
  const names = new Map<string, Map<string, Literal[]>>();
  const classes = new Map<string, string[]>();
  const name = (iri: string, property: string, literal: Literal): void => {
    let own = names.get(iri);
    if (!own) names.set(iri, (own = new Map<string, Literal[]>()));
    multimapPush(own, property, literal);
  };
  for (const row of rows) {
    const n = iriOf(row, 'n');
    const p = iriOf(row, 'p');
    const c = iriOf(row, 'c');
    const literal = literalOf(row.get('o'));
    if (n === undefined || p === undefined) continue;
    if (c !== undefined && literal) name(c, RDFS_LABEL, literal);
    else if (literal) name(n, p, literal);
    else if ((TYPE_PROPERTIES as readonly string[]).includes(p)) {
      const o = iriOf(row, 'o');
      if (o !== undefined) multimapPush(classes, n, o);
    }
  }
  const all = new Set([...names.keys(), ...classes.keys()]);
  return new Map(
    [...all].map((iri) => [
      iri,
      { names: names.get(iri) ?? new Map<string, Literal[]>(), classes: [...new Set(classes.get(iri))] },
    ]),
  );
}

/** The IRIs a neighbourhood reaches (its centre first): what the describe query asks about. */
export function reachedIris(centre: string, links: readonly LinkFact[], roles: readonly RoleFact[]): string[] {
  const iris = [
    centre,
    ...links.flatMap((link) => [link.s, link.o, link.p]),
    ...roles.flatMap((r) => [r.person, r.org]),
  ];
  return [...new Set(iris)];
}

/** Rows of the neighbourhood's queries → its facts; `cap` links shown, the rest counted as `more`. */
export function neighbourhoodFacts(centre: string, rows: NeighbourhoodRows, cap: number): Neighbourhood {
  const links = linkFacts(centre, rows.links);
  const shown = links.slice(0, cap);
  const more = links.length > cap ? Math.max((rows.count ?? links.length) - cap, 1) : 0;
  return {
    centre,
    links: shown,
    roles: roleFacts(rows.roles),
    more,
    described: descriptions(rows.describe),
    literals: rows.literals.flatMap((row) => {
      const p = iriOf(row, 'p');
      const literal = literalOf(row.get('o'));
      return p !== undefined && literal ? [[p, literal] as const] : [];
    }),
  };
}
