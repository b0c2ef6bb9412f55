import type Fuse from 'fuse.js';
import { foldedWords, foldText } from './fold-text.ts';
import type { Graph } from './graph-model.ts';
import { perGraph } from './per-graph.ts';
import { literalTier, searchTerms, TIER, type SearchTerm } from './search-terms.ts';

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  /** The label, alias or id that matched, as the file writes it. */
  readonly matched: string;
  readonly type: string;
}

export interface SearchIndex {
  /**
   * Best hits first, at most `limit`; an empty or blank query finds nothing. Typos are found when
   * `fuzzy` and the fuzzy matcher has loaded (`loadFuzzySearch`).
   */
  readonly search: (query: string, limit?: number, fuzzy?: boolean) => SearchHit[];
}

export const DEFAULT_SEARCH_LIMIT = 10;

/** Below this many characters a typo cannot be told from a different name, so no fuzzy pass. */
const FUZZY_MIN_LENGTH = 3;
/** Id matches rank after every label and alias match, however close. */
const ID_TIER_OFFSET = TIER.fuzzy + 1;
const KIND_RANK = { label: 0, alias: 1, id: 2 } as const;

interface Candidate {
  readonly term: SearchTerm;
  readonly tier: number;
  /** Fuse's score for fuzzy matches (0 is perfect), 0 otherwise. */
  readonly score: number;
}

type FuseClass = typeof import('fuse.js').default;

/** fuse.js, once loaded: the fuzzy tier comes in its own chunk, so the explorer's first script does without it. */
let fuseClass: FuseClass | undefined;
let fuseLoading: Promise<void> | undefined;
const fuzzyListeners = new Set<() => void>();

/**
 * Loads the fuzzy matcher (fuse.js). The explorer asks for it when the page is idle after the first
 * picture, and when someone starts typing a name; until it is here, searches find everything but
 * typos. A failed load is tried again by the next call.
 */
export function loadFuzzySearch(): Promise<void> {
  fuseLoading ??= import('fuse.js').then(
    (module) => {
      fuseClass = module.default;
      for (const listener of fuzzyListeners) listener();
    },
    (error: unknown) => {
      fuseLoading = undefined;
      throw error;
    },
  );
  return fuseLoading;
}

/** Whether typos are found yet (`loadFuzzySearch`). */
export const fuzzySearchLoaded = (): boolean => fuseClass !== undefined;

/** Calls `listener` once the fuzzy matcher has loaded (search results then look again); returns the unsubscribe. */
export function onFuzzySearchLoaded(listener: () => void): () => void {
  fuzzyListeners.add(listener);
  return () => fuzzyListeners.delete(listener);
}

function compare(a: Candidate, b: Candidate): number {
  return (
    a.tier - b.tier ||
    a.score - b.score ||
    KIND_RANK[a.term.kind] - KIND_RANK[b.term.kind] ||
    a.term.folded.length - b.term.folded.length ||
    a.term.order - b.term.order
  );
}

function buildSearchIndex(graph: Graph): SearchIndex {
  const terms = searchTerms(graph);
  const names = terms.filter((term) => term.kind !== 'id');
  const ids = terms.filter((term) => term.kind === 'id');
  // Built on the first query that needs it (typing a name that matches literally never pays for it),
  // once fuse.js has loaded.
  let fuse: Fuse<SearchTerm> | undefined;
  const fuzzy = (): Fuse<SearchTerm> | undefined => {
    if (!fuse && fuseClass)
      fuse = new fuseClass(names, {
        keys: ['folded'],
        includeScore: true,
        isCaseSensitive: true, // already folded
        ignoreLocation: true,
        threshold: 0.4,
      });
    return fuse;
  };

  const search = (query: string, limit = DEFAULT_SEARCH_LIMIT, withFuzzy = true): SearchHit[] => {
    const folded = foldText(query);
    if (folded === '' || limit <= 0) return [];
    const words = foldedWords(folded);
    const best = new Map<string, Candidate>();
    const offer = (candidate: Candidate): void => {
      const current = best.get(candidate.term.node);
      if (!current || compare(candidate, current) < 0) best.set(candidate.term.node, candidate);
    };

    for (const term of names) {
      const tier = literalTier(term, folded, words);
      if (tier !== undefined) offer({ term, tier, score: 0 });
    }
    // Fuzzy and id matches rank below every literal match, so they are only needed to fill up.
    const matcher = withFuzzy ? fuzzy() : undefined;
    if (matcher && best.size < limit && folded.length >= FUZZY_MIN_LENGTH) {
      for (const result of matcher.search(folded, { limit: limit * 4 })) {
        offer({ term: result.item, tier: TIER.fuzzy, score: result.score ?? 1 });
      }
    }
    if (best.size < limit) {
      for (const term of ids) {
        const tier = literalTier(term, folded, words);
        if (tier !== undefined) offer({ term, tier: ID_TIER_OFFSET + tier, score: 0 });
      }
    }

    return [...best.values()]
      .sort(compare)
      .slice(0, limit)
      .flatMap(({ term }) => {
        const node = graph.nodes.get(term.node);
        return node ? [{ id: node.id, label: node.label, matched: term.text, type: node.type }] : [];
      });
  };
  return { search };
}

/** The search index of a graph, built once and shared by every query. */
export const searchIndex = perGraph(buildSearchIndex);

/**
 * Labels and aliases (ids as a last resort), tolerant of case, accents and small typos:
 * exact names first, then names that start with the query, then words, then anywhere, then fuzzy
 * (`fuzzy`: typos too, once the fuzzy matcher has loaded; by default whenever it has).
 * @example searchGraph(graph, '栾剑')[0]?.id // 'luan-jian'
 */
export function searchGraph(
  graph: Graph,
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
  fuzzy = fuzzySearchLoaded(),
): SearchHit[] {
  // A blank query finds nothing without building the index: opening a graph does not pay for it.
  if (limit <= 0 || foldText(query) === '') return [];
  return searchIndex(graph).search(query, limit, fuzzy);
}
