import type { Graph, Position } from '../graph/graph-model.ts';

/** What an export writes: the graph, the part of it on screen, and where each node is drawn. */
export interface ExportScope {
  readonly graph: Graph;
  /** Node and edge ids shown (an edge is written only with both its ends). */
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Model positions of the drawn nodes. */
  readonly positions: ReadonlyMap<string, Position>;
}

/** `kg-graph-2026-12-02.png`: the graph id made file-safe (a URL's file name, a local file's name), then the date. */
export function exportFileName(graphId: string, date: Date, extension: string): string {
  const tail =
    graphId
      .replace(/^file:/, '')
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? 'graph';
  const base = tail
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  const day = date.toISOString().slice(0, 10);
  return `${base === '' ? 'graph' : base}-${day}.${extension}`;
}

/** Removes characters XML 1.0 cannot hold (control characters, lone surrogates): file text stays text. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
