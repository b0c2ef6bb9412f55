import { endedAsOf, type AsOf } from './as-of.ts';
import type { Graph, GraphEdge, GraphNode } from './graph-model.ts';
import type { GraphPath } from './shortest-paths.ts';
import { relationLabel } from './type-labels.ts';

/** One relation of a path as a sentence, always in its declared direction: "Lei Jun founded Xiaomi". */
export interface PathSentence {
  readonly edge: GraphEdge;
  readonly subject: GraphNode;
  /** The relation type's declared label ("founded", "holds role at"). */
  readonly verb: string;
  readonly object: GraphNode;
  /** Ended as of the date the view is read at. */
  readonly former: boolean;
}

export interface ReadPath {
  readonly nodes: readonly GraphNode[];
  /** Per step, a sentence for every relation joining its two entities (parallel roles give several). */
  readonly steps: readonly (readonly PathSentence[])[];
}

function sentence(graph: Graph, edge: GraphEdge, asof: AsOf): PathSentence | undefined {
  const subject = graph.nodes.get(edge.source);
  const object = graph.nodes.get(edge.target);
  if (!subject || !object) return undefined;
  return { edge, subject, verb: relationLabel(graph, edge.type, 'out'), object, former: endedAsOf(edge, asof) };
}

/**
 * A path as sentences a person reads: each step's relations in the direction the file declares them,
 * whichever way the path walks them ("Luan Jian holds role at Xiaomi", then "Lei Jun founded Xiaomi").
 * @example readPath(graph, path, null).steps[1]?.[0]?.verb // 'founded'
 */
export function readPath(graph: Graph, path: GraphPath, asof: AsOf): ReadPath {
  return {
    nodes: path.nodes.flatMap((id) => graph.nodes.get(id) ?? []),
    steps: path.steps.map((step) =>
      step.edges.flatMap((id) => {
        const edge = graph.edges.get(id);
        return (edge && sentence(graph, edge, asof)) ?? [];
      }),
    ),
  };
}

/**
 * The path on one line, its steps joined by " · " (parallel relations of one step by "; ").
 * @example pathSummary(readPath(graph, path, null)) // 'Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi'
 */
export function pathSummary(path: ReadPath): string {
  return path.steps
    .map((step) => step.map((s) => `${s.subject.label} ${s.verb} ${s.object.label}`).join('; '))
    .join(' · ');
}
