import type { GraphNode } from '../graph/graph-model.ts';
import { shownLabel } from '../graph/node-labels.ts';
import { useLanguage } from './language-context.ts';

/**
 * An entity's name in the view's language, marked with that language (`lang`) when it is not the
 * file's own, so screen readers pronounce 栾剑 as Chinese (WCAG 3.1.2). Always text, never markup.
 */
export function EntityName({ node }: { node: Pick<GraphNode, 'label' | 'labels'> }) {
  const { text, lang } = shownLabel(node, useLanguage());
  return lang === null ? <>{text}</> : <span lang={lang}>{text}</span>;
}
