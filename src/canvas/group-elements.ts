import type { Core, ElementDefinition } from 'cytoscape';
import type { Graph, Position } from '../graph/graph-model.ts';
import { clusterForest } from '../view/overview/cluster-forest.ts';
import type { Scene, SceneEnd, SceneGroup } from '../view/overview/overview-scene.ts';
import { groupIds } from './group-ids.ts';
import { CLASSES } from './stylesheet.ts';

/** How groups look in the layout drawn now. */
export interface GroupLook {
  /** Where a group sits; with `r` (the grouped layout) the bubble is that circle. */
  position(key: string): (Position & { readonly r?: number }) | undefined;
  /** Frames around open groups only make sense where groups are circles holding their contents. */
  framesShown(): boolean;
  color(type: string): string;
}

export const GROUP_CLASSES = { bubble: 'kg-group', frame: 'kg-frame', link: 'kg-link' } as const;

const count = new Intl.NumberFormat('en');

/** Bubble size and label size: the group's circle where it has one, else a size that grows with the count. */
function sizing(at: { readonly r?: number }, visible: number): { size: number; fontSize: number } {
  if (at.r !== undefined) return { size: 2 * at.r, fontSize: Math.max(14, Math.min(at.r / 4, 600)) };
  return { size: 40 + 6 * Math.sqrt(visible), fontSize: 14 };
}

/** The overview's own canvas elements: closed groups as bubbles, open ones as frames, links between them. */
export function groupElements(cy: Core, graph: Graph, look: GroupLook) {
  const ids = groupIds(graph);
  const forest = clusterForest(graph);
  let shown: Scene | null = null;

  const groupData = (group: SceneGroup, kind: 'bubble' | 'frame') => {
    const cluster = forest.clusters.get(group.key);
    const at = look.position(group.key) ?? { x: 0, y: 0 };
    return {
      data: {
        id: kind === 'bubble' ? ids.bubble(group.key) : ids.frame(group.key),
        label:
          kind === 'bubble' ? `${cluster?.label ?? group.key}\n${count.format(group.count)}` : (cluster?.label ?? ''),
        group: group.key,
        color: look.color(cluster?.type ?? ''),
        ...sizing(at, group.count),
      },
      position: { x: at.x, y: at.y },
    };
  };
  const endId = (end: SceneEnd): string => (end.kind === 'entity' ? end.id : ids.bubble(end.key));

  /** Adds, updates and shows what `next` holds of one kind; hides what only `previous` held. */
  const sync = <T>(
    previous: readonly T[],
    next: readonly T[],
    idOf: (item: T) => string,
    define: (item: T) => ElementDefinition,
    shownNow: boolean,
  ): void => {
    const wanted = new Set(shownNow ? next.map(idOf) : []);
    for (const item of previous) if (!wanted.has(idOf(item))) cy.getElementById(idOf(item)).addClass(CLASSES.hidden);
    if (!shownNow) return;
    const added: ElementDefinition[] = [];
    for (const item of next) {
      const definition = define(item);
      const element = cy.getElementById(idOf(item));
      if (element.empty()) added.push(definition);
      else {
        element.data(definition.data);
        element.removeClass(CLASSES.hidden);
      }
    }
    cy.add(added);
  };

  const apply = (next: Scene): void => {
    // Frames first, so they are drawn beneath the bubbles and entities inside them.
    for (const kind of ['frame', 'bubble'] as const) {
      const pick = (scene: Scene | null): readonly SceneGroup[] =>
        kind === 'frame' ? (scene?.frames ?? []) : (scene?.groups ?? []);
      sync(
        pick(shown),
        pick(next),
        (group) => ids[kind](group.key),
        (group) => ({ group: 'nodes', selectable: false, classes: GROUP_CLASSES[kind], ...groupData(group, kind) }),
        kind === 'bubble' || look.framesShown(),
      );
    }
    sync(
      shown?.links ?? [],
      next.links,
      (link) => ids.link(link.key),
      (link) => ({
        group: 'edges',
        selectable: false,
        classes: GROUP_CLASSES.link,
        data: {
          id: ids.link(link.key),
          source: endId(link.source),
          target: endId(link.target),
          count: link.count,
          width: Math.min(12, 1 + Math.log2(link.count)),
        },
      }),
      true,
    );
    shown = next;
  };

  return {
    apply,
    /** After a layout change: groups move and resize with it. */
    reposition(): void {
      if (!shown) return;
      const scene = shown;
      shown = { ...scene, frames: [], groups: [] };
      cy.nodes(`.${GROUP_CLASSES.frame}, .${GROUP_CLASSES.bubble}`).addClass(CLASSES.hidden);
      apply(scene);
      for (const group of [...scene.frames, ...scene.groups]) {
        const at = look.position(group.key);
        if (!at) continue;
        for (const id of [ids.frame(group.key), ids.bubble(group.key)])
          cy.getElementById(id).position({ x: at.x, y: at.y });
      }
    },
  };
}
