import { squash } from './import-mapping.ts';

/**
 * How a foreign file's type values become the explorer's types: the words for people, organisations
 * and products land on the built-in types (so the organisation filter and roles work), every other
 * value becomes a declared type of its own, named as the file names it.
 */

const NODE_SYNONYMS = new Map<string, string>([
  ['person', 'person'],
  ['people', 'person'],
  ['human', 'person'],
  ['individual', 'person'],
  ['character', 'person'],
  ['organization', 'organization'],
  ['organisation', 'organization'],
  ['org', 'organization'],
  ['company', 'organization'],
  ['institution', 'organization'],
  ['team', 'organization'],
  ['product', 'product'],
]);

const EDGE_SYNONYMS = new Map<string, string>([
  ['partof', 'part_of'],
  ['memberof', 'part_of'],
  ['holdsrole', 'holds_role'],
  ['worksfor', 'holds_role'],
  ['employedby', 'holds_role'],
]);

/** The type every node gets when the file says nothing (or the mapping reads no type). */
export const DEFAULT_NODE_TYPE = 'entity';
export const DEFAULT_NODE_TYPE_LABEL = 'Entity';
/** The relation every edge gets when the file says nothing. */
export const DEFAULT_EDGE_TYPE = 'related_to';
export const DEFAULT_EDGE_TYPE_LABEL = 'related to';

/** Type values as text: `1` and `"1"` are one type; lists (Neo4j labels) use their first entry. */
export function typeValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return typeValue(value[0]);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `Person` → `person`; `Gene` stays `Gene` (declared with that label). */
export function nodeTypeId(value: string): string {
  return NODE_SYNONYMS.get(squash(value)) ?? value;
}

/** `part of` → `part_of`; `interacts with` stays (declared with that label). */
export function edgeTypeId(value: string): string {
  return EDGE_SYNONYMS.get(squash(value)) ?? value;
}
