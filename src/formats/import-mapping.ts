import type { RawGraph } from './raw-graph.ts';

/**
 * Which attribute of a foreign file means what to the explorer. `undefined` asks for detection,
 * `null` says "none" (labels fall back to ids, every node gets the default type, no membership).
 */
export interface ImportOptions {
  readonly label?: string | null;
  readonly type?: string | null;
  readonly organisation?: string | null;
  /** For a file holding several graphs (JSON Graph Format): which one, by position. */
  readonly graph?: number;
}

/** The mapping an import used, every choice made. */
export interface ResolvedMapping {
  readonly label: string | null;
  readonly type: string | null;
  readonly organisation: string | null;
  /** The edge attribute read as the relation type. */
  readonly relation: string | null;
}

// Names people give these ideas, compared without case, spaces, '_' or '-'.
const LABEL_NAMES = ['label', 'name', 'title', 'sharedname', 'caption', 'displayname'];
const TYPE_NAMES = ['type', 'kind', 'category', 'group', 'class', 'nodetype', 'entitytype', 'labels'];
const ORGANISATION_NAMES = ['organisation', 'organization', 'org', 'company', 'employer', 'affiliation', 'memberof'];
// An edge's `label` is its title ("Fine edge"), not a relation type: it is not among these.
const RELATION_NAMES = ['type', 'relation', 'relationship', 'kind', 'interaction', 'predicate', 'edgetype'];

export function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Attribute names in order of first appearance. */
export function attributeNames(elements: readonly { readonly attributes: ReadonlyMap<string, unknown> }[]): string[] {
  const names = new Set<string>();
  for (const element of elements) for (const name of element.attributes.keys()) names.add(name);
  return [...names];
}

/** Values usable as a label or a type: text or numbers, not lists or objects. */
function scalarShare(graph: RawGraph, name: string): number {
  let present = 0;
  for (const node of graph.nodes) {
    const value = node.attributes.get(name);
    if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number') present++;
  }
  return graph.nodes.length === 0 ? 0 : present / graph.nodes.length;
}

function pick(names: readonly string[], wanted: readonly string[], usable: (name: string) => boolean): string | null {
  for (const candidate of wanted) {
    const found = names.find((name) => squash(name) === candidate && usable(name));
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Resolves the mapping for a graph: a choice the user made wins when the file has that attribute,
 * the rest is detected from the attribute names (`label`/`name`, `type`/`kind`/`category`/`group`,
 * `organisation`/`company`/`affiliation`; for edges `type`/`relation`/`interaction`/`label`).
 * @example resolveMapping(graphWithNameAndKind, {}) // { label: 'name', type: 'kind', organisation: null, relation: null }
 */
export function resolveMapping(graph: RawGraph, options: ImportOptions): ResolvedMapping {
  const nodeNames = attributeNames(graph.nodes);
  const usable = (name: string): boolean => scalarShare(graph, name) > 0;
  const chosen = (choice: string | null | undefined, wanted: readonly string[], taken: readonly string[]) => {
    if (choice === null) return null;
    if (choice !== undefined && nodeNames.includes(choice)) return choice;
    return pick(
      nodeNames.filter((name) => !taken.includes(name)),
      wanted,
      usable,
    );
  };
  const label = chosen(options.label, LABEL_NAMES, []);
  const type = chosen(options.type, TYPE_NAMES, label === null ? [] : [label]);
  const organisation = chosen(
    options.organisation,
    ORGANISATION_NAMES,
    [label, type].filter((n) => n !== null),
  );
  const edgeNames = attributeNames(graph.edges);
  const relation = pick(edgeNames, RELATION_NAMES, (name) => graph.edges.some((e) => isScalar(e.attributes.get(name))));
  return { label, type, organisation, relation };
}

export function isScalar(value: unknown): value is string | number | boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || typeof value === 'boolean';
}
