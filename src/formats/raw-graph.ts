import type { Position } from '../graph/graph-model.ts';
import { ProblemList } from '../graph/parse-report.ts';

/**
 * What every importer reads a foreign file into before the shared mapping turns it into format v1:
 * nodes and edges with the file's own ids (if any) and every attribute by its name in the file.
 * `where` says where the element sits in the file, so the report can point at it.
 */
export interface RawNode {
  readonly id: string | undefined;
  readonly attributes: Map<string, unknown>;
  readonly position?: Position;
  /** Compound parent (Cytoscape `parent`, GraphML nested graph). */
  readonly parent?: string;
  readonly where: string;
}

export interface RawEdge {
  readonly id: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly attributes: Map<string, unknown>;
  readonly where: string;
}

export interface RawGraph {
  readonly title?: string;
  readonly description?: string;
  readonly nodes: RawNode[];
  readonly edges: RawEdge[];
  /** Syntax and structure problems the importer found; errors refuse the file. */
  readonly problems: ProblemList;
}

export function emptyRawGraph(): RawGraph {
  return { nodes: [], edges: [], problems: new ProblemList() };
}

/** An id as the file wrote it: strings stay, numbers become their decimal text, anything else is no id. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Own entries of a JSON object into a Map (`__proto__` stays an ordinary key). */
export function entriesOf(value: unknown, skip: ReadonlySet<string> = new Set()): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, entry] of Object.entries(value)) if (!skip.has(key)) out.set(key, entry);
  return out;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A finite position from x/y fields that may be numbers or numeric text. */
export function positionFrom(x: unknown, y: unknown): Position | undefined {
  const nx = typeof x === 'string' ? Number(x) : x;
  const ny = typeof y === 'string' ? Number(y) : y;
  if (typeof nx !== 'number' || typeof ny !== 'number' || !Number.isFinite(nx) || !Number.isFinite(ny))
    return undefined;
  if (typeof x === 'string' && x.trim() === '') return undefined;
  if (typeof y === 'string' && y.trim() === '') return undefined;
  return { x: nx, y: ny };
}
