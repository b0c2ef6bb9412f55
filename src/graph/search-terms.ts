import { foldedWords, foldText } from './fold-text.ts';
import type { Graph } from './graph-model.ts';

/**
 * The names search looks at: every node's label and aliases, and its id as a last resort, each
 * folded once per graph so a keystroke only compares strings.
 */

export type TermKind = 'label' | 'alias' | 'id';

export interface SearchTerm {
  readonly node: string;
  /** The name as the file writes it: what a hit reports as `matched`. */
  readonly text: string;
  readonly folded: string;
  readonly words: readonly string[];
  readonly kind: TermKind;
  /** The node's position in the file, the last tie-break. */
  readonly order: number;
}

/** How closely a term matches a query, best first; fuzzy matches come from Fuse. */
export const TIER = { exact: 0, prefix: 1, words: 2, substring: 3, fuzzy: 4 } as const;

export function searchTerms(graph: Graph): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let order = 0;
  const add = (node: string, text: string, kind: TermKind): void => {
    const folded = foldText(text);
    if (folded !== '') terms.push({ node, text, folded, words: foldedWords(folded), kind, order });
  };
  for (const node of graph.nodes.values()) {
    add(node.id, node.label, 'label');
    for (const alias of node.aliases) add(node.id, alias, 'alias');
    // Labels in other languages are found whichever language is shown: a name is a name.
    for (const label of node.labels?.values() ?? []) add(node.id, label, 'alias');
    add(node.id, node.id, 'id');
    order++;
  }
  return terms;
}

/**
 * The literal tier of a match, or undefined when the query is not in the term: the whole name, its
 * start, the start of its words (in any order: "jian luan"), anywhere inside (CJK: 剑 in 栾剑).
 */
export function literalTier(term: SearchTerm, query: string, queryWords: readonly string[]): number | undefined {
  if (term.folded === query) return TIER.exact;
  if (term.folded.startsWith(query)) return TIER.prefix;
  if (queryWords.length > 0 && queryWords.every((word) => term.words.some((own) => own.startsWith(word)))) {
    return TIER.words;
  }
  if (term.folded.includes(query)) return TIER.substring;
  return undefined;
}
