import type { Graph, GraphNode } from './graph-model.ts';
import { perGraph } from './per-graph.ts';

/**
 * Labels in the reader's language. A node's `label` is the file's own; `labels` may add the same name
 * in other languages. The view's `lang` picks one: the node's label in that language where it has one,
 * its own label elsewhere, so a graph labelled in part still reads whole.
 */

/** What a link or a file may call a language: `zh`, `zh-Hant`, `pt-BR` (case does not matter). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function normaliseLanguage(tag: string): string | undefined {
  return LANGUAGE_TAG.test(tag) ? tag.toLowerCase() : undefined;
}

/** A label to show and the language it is in (null: the file's own label, in the page's language). */
export interface ShownLabel {
  readonly text: string;
  readonly lang: string | null;
}

/**
 * The label to show for `node` in `lang` (null: the file's own). An exact tag wins, then the same
 * language in another script or region (`zh` finds `zh-hans` and the other way round).
 * @example shownLabel({ label: 'Luan Jian', labels: new Map([['zh', '栾剑']]) }, 'zh') // { text: '栾剑', lang: 'zh' }
 * @example shownLabel({ label: 'Luan Jian', labels: new Map([['zh', '栾剑']]) }, null) // { text: 'Luan Jian', lang: null }
 */
export function shownLabel(node: Pick<GraphNode, 'label' | 'labels'>, lang: string | null): ShownLabel {
  const own = { text: node.label, lang: null };
  if (lang === null || !node.labels) return own;
  const exact = node.labels.get(lang);
  if (exact !== undefined) return { text: exact, lang };
  const base = lang.split('-')[0] ?? lang;
  for (const [tag, label] of node.labels) if (tag.split('-')[0] === base) return { text: label, lang: tag };
  return own;
}

/** Just the text of `shownLabel`. */
export function labelIn(node: Pick<GraphNode, 'label' | 'labels'>, lang: string | null): string {
  return shownLabel(node, lang).text;
}

/** The languages a graph has labels in, most-used first (ties by tag), each with how many nodes it names. */
export const graphLanguages = perGraph((graph: Graph): readonly { tag: string; count: number }[] => {
  const counts = new Map<string, number>();
  for (const node of graph.nodes.values())
    for (const tag of node.labels?.keys() ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
});

/** Whether `lang` names labels this graph has (exactly, or the same base language). */
export function graphHasLanguage(graph: Graph, lang: string): boolean {
  const base = lang.split('-')[0];
  return graphLanguages(graph).some(({ tag }) => tag === lang || tag.split('-')[0] === base);
}
