import { ORGANISATION, PERSON } from '../../graph/graph-model.ts';
import { normaliseLanguage } from '../../graph/node-labels.ts';
import type { NodeRecord } from '../../graph/graph-schema.ts';
import type { Description } from './neighbourhood-facts.ts';
import { localName } from './sparql-text.ts';
import { pickLiteral, type Literal } from './sparql-literals.ts';
import {
  LABEL_PROPERTIES,
  ORGANISATION_CLASSES,
  PERSON_CLASSES,
  RDFS_LABEL,
  SCHEMA_DESCRIPTION,
  SKOS_ALT_LABEL,
} from './sparql-vocabulary.ts';

/** The language of a node's own label; others go to its `labels`. */
export const BASE_LANGUAGES: readonly string[] = ['en'];

/** The type of nodes with no class the endpoint told us about. */
export const UNTYPED = 'resource';

const namesOf = (description: Description | undefined, property: string): readonly Literal[] =>
  description?.names.get(property) ?? [];

/** The label in the preferred language, from the first label property that has one; else the IRI's local name. */
export function entityLabel(iri: string, description: Description | undefined, languages: readonly string[]): string {
  for (const property of LABEL_PROPERTIES) {
    const literal = pickLiteral(namesOf(description, property), languages);
    if (literal && literal.value.trim() !== '') return literal.value.trim();
  }
  return localName(iri);
}

/**
 * The label in each language the endpoint gave one in (first label property that has it), for the
 * link's `lang`: the explorer shows a node's `labels[lang]` where it has one, its own label elsewhere.
 */
function labelsByLanguage(description: Description | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of LABEL_PROPERTIES)
    for (const literal of namesOf(description, property)) {
      const tag = literal.lang === '' ? undefined : normaliseLanguage(literal.lang);
      if (tag !== undefined && !labels.has(tag) && literal.value.trim() !== '') labels.set(tag, literal.value.trim());
    }
  return labels;
}

/** skos:altLabel, and the labels in other languages, so search finds `栾剑` as well as `Luan Jian`. */
function aliases(label: string, description: Description | undefined): string[] {
  const all = [SKOS_ALT_LABEL, ...LABEL_PROPERTIES].flatMap((property) => namesOf(description, property));
  return [...new Set(all.map((literal) => literal.value.trim()))].filter((text) => text !== '' && text !== label);
}

/** The explorer's type id for a node: person, organization, else its first class's local name (sorted, stable). */
export function entityType(description: Description | undefined): string {
  const classes = [...(description?.classes ?? [])].sort();
  if (classes.some((c) => PERSON_CLASSES.has(c))) return PERSON;
  if (classes.some((c) => ORGANISATION_CLASSES.has(c))) return ORGANISATION;
  const first = classes[0];
  return first === undefined ? UNTYPED : localName(first);
}

/** The class a non-built-in type id came from, so its label can be the class's own. */
export function typeClass(description: Description | undefined, type: string): string | undefined {
  return [...(description?.classes ?? [])].sort().find((c) => localName(c) === type);
}

export function classLabel(iri: string, description: Description | undefined, languages: readonly string[]): string {
  return pickLiteral(namesOf(description, RDFS_LABEL), languages)?.value ?? localName(iri);
}

/** A node record for the graph file; `attributes` only for entities whose own neighbourhood is loaded. */
export function entityRecord(
  iri: string,
  description: Description | undefined,
  languages: readonly string[],
  attributes: ReadonlyMap<string, readonly Literal[]> | undefined,
): NodeRecord {
  // The node's own label is English (or untagged): the reader's language comes through `labels`.
  const label = entityLabel(iri, description, BASE_LANGUAGES);
  const labels = labelsByLanguage(description);
  const summary = pickLiteral(namesOf(description, SCHEMA_DESCRIPTION), languages)?.value;
  const alias = aliases(label, description);
  return {
    id: iri,
    label,
    type: entityType(description),
    ...(alias.length > 0 && { aliases: alias }),
    ...(labels.size > 0 && { labels: Object.fromEntries(labels) }),
    ...(summary !== undefined && { summary }),
    ...(/^https?:\/\//i.test(iri) && { links: { IRI: iri } }),
    ...(attributes &&
      attributes.size > 0 && {
        // fromEntries defines own properties, so a property named `__proto__` stays an attribute.
        attributes: Object.fromEntries(
          [...attributes].map(([name, values]) => [
            name,
            values.length === 1 ? values[0]?.value : values.map((v) => v.value),
          ]),
        ),
      }),
  };
}
