import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { Graph, Position } from '../graph/graph-model.ts';
import type { Scene } from '../view/overview/overview-scene.ts';
import { edgeElement, nodeElement } from './cy-elements.ts';
import { groupElements, type GroupLook } from './group-elements.ts';
import { CLASSES } from './stylesheet.ts';

export interface SceneCanvas {
  /**
   * Draws `next` as a difference from what is drawn: adds what the canvas never had, shows and hides
   * the rest. Returns the entities and relations added.
   */
  apply(next: Scene): CollectionReturnValue;
  /** Moves every entity the canvas holds, and the groups, to the positions now in force. */
  reposition(): void;
}

/**
 * Keeps the canvas showing a scene (overview-scene.ts). Elements are added the first time they are
 * drawn and then only hidden and shown (DESIGN.md: never rebuilt), inside one `cy.batch()`, touching
 * only what changed: opening a group costs its contents, not the graph.
 */
export function createSceneCanvas(
  cy: Core,
  graph: Graph,
  position: (id: string) => Position | undefined,
  look: GroupLook,
): SceneCanvas {
  let shown: Scene | null = null;
  const groups = groupElements(cy, graph, look);

  /** Elements to hide and show, gathered, then changed as two collections: one class change each, not thousands. */
  const toggle = (
    ids: Iterable<string>,
    next: ReadonlySet<string>,
    previous: ReadonlySet<string> | undefined,
    define: (id: string) => ElementDefinition | undefined,
    changes: { hide: CollectionReturnValue; show: CollectionReturnValue; add: ElementDefinition[] },
  ): void => {
    for (const id of ids) {
      const now = next.has(id);
      if (previous !== undefined && previous.has(id) === now) continue;
      const element = cy.getElementById(id);
      if (element.nonempty()) (now ? changes.show : changes.hide).merge(element);
      else if (now) {
        const definition = define(id);
        if (definition) changes.add.push(definition);
      }
    }
  };

  return {
    apply(next) {
      const previous = shown;
      let added = cy.collection();
      cy.batch(() => {
        const defineNode = (id: string): ElementDefinition | undefined => {
          const node = graph.nodes.get(id);
          return node && nodeElement(node, position(id));
        };
        const defineEdge = (id: string): ElementDefinition | undefined => {
          const edge = graph.edges.get(id);
          return edge && edgeElement(graph, edge);
        };
        const changes = { hide: cy.collection(), show: cy.collection(), add: [] as ElementDefinition[] };
        // The first time, every element the canvas holds is judged; afterwards what was or is drawn.
        const nodeIds = previous ? [...previous.entities, ...next.entities] : cy.nodes().map((node) => node.id());
        toggle(nodeIds, next.entities, previous?.entities, defineNode, changes);
        if (!previous) toggle(next.entities, next.entities, undefined, defineNode, changes);
        // Nodes before the edges that join them.
        added = added.union(cy.add(changes.add.splice(0)));
        const edgeIds = previous ? [...previous.edges, ...next.edges] : cy.edges().map((edge) => edge.id());
        toggle(edgeIds, next.edges, previous?.edges, defineEdge, changes);
        if (!previous) toggle(next.edges, next.edges, undefined, defineEdge, changes);
        added = added.union(cy.add(changes.add));
        changes.hide.addClass(CLASSES.hidden);
        changes.show.removeClass(CLASSES.hidden);
        groups.apply(next);
      });
      shown = next;
      return added;
    },
    reposition() {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          if (graph.nodes.has(node.id())) {
            const at = position(node.id());
            if (at) node.position({ x: at.x, y: at.y });
          }
        });
        groups.reposition();
      });
    },
  };
}
