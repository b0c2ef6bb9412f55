import type { PartialDate } from './partial-date.ts';

/** The immutable, indexed model every other layer reads. Built once per file by `parseGraph`. */

export interface Evidence {
  readonly source: string;
  readonly quote: string;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly url?: string;
}

export interface TypeDefinition {
  readonly label: string;
  readonly color?: string;
}

export interface EdgeTypeDefinition {
  readonly label: string;
  readonly inverse?: string;
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

export type Attributes = ReadonlyMap<string, unknown>;

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly aliases: readonly string[];
  /** The label in other languages, by lower-case language tag; absent when the file gives none. */
  readonly labels?: ReadonlyMap<string, string>;
  readonly summary?: string;
  readonly links: ReadonlyMap<string, string>;
  readonly position?: Position;
  readonly attributes: Attributes;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly title?: string;
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  /** True when the relation has ended: `former: true` in the file, or an `end` date. */
  readonly former: boolean;
  readonly evidence: readonly Evidence[];
  readonly attributes: Attributes;
}

export interface Graph {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly sources: ReadonlyMap<string, Source>;
  readonly nodeTypes: ReadonlyMap<string, TypeDefinition>;
  readonly edgeTypes: ReadonlyMap<string, EdgeTypeDefinition>;
  /** In file order. */
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** In file order. */
  readonly edges: ReadonlyMap<string, GraphEdge>;
  /** Edge ids leaving each node, in file order. */
  readonly outgoing: ReadonlyMap<string, readonly string[]>;
  /** Edge ids arriving at each node, in file order. */
  readonly incoming: ReadonlyMap<string, readonly string[]>;
}

export const BUILT_IN_NODE_TYPES: ReadonlyMap<string, TypeDefinition> = new Map([
  ['person', { label: 'Person' }],
  ['organization', { label: 'Organisation' }],
  ['product', { label: 'Product' }],
]);

/** Relation types the explorer gives a meaning to: roles and the organisation tree. */
export const BUILT_IN_EDGE_TYPES: ReadonlyMap<string, EdgeTypeDefinition> = new Map([
  ['holds_role', { label: 'holds role at', inverse: 'role held by' }],
  ['part_of', { label: 'part of', inverse: 'has part' }],
]);

export const ROLE = 'holds_role';
export const FOUNDED = 'founded';
export const DEVELOPED = 'developed';
export const PART_OF = 'part_of';
export const ORGANISATION = 'organization';
export const PERSON = 'person';
