import { createContext, useCallback, useContext } from 'react';
import type { GraphNode } from '../graph/graph-model.ts';
import { labelIn } from '../graph/node-labels.ts';

/**
 * The view's label language, for every component that names an entity. A context rather than a store
 * read, so presentational components (details, lists) show the file's labels when rendered alone.
 */
export const LanguageContext = createContext<string | null>(null);

export function useLanguage(): string | null {
  return useContext(LanguageContext);
}

/** A function naming an entity in the view's language (the file's label where it has none). */
export function useLabelOf(): (node: Pick<GraphNode, 'label' | 'labels'>) => string {
  const lang = useLanguage();
  return useCallback((node) => labelIn(node, lang), [lang]);
}
