import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { GraphNode } from '../../graph/graph-model.ts';
import { EntityListButton } from './EntityListButton.tsx';

export interface VirtualEntityItemsProps {
  readonly nodes: readonly GraphNode[];
  readonly selected: string | null;
  readonly onSelect: (node: string) => void;
  readonly labelledBy: string;
}

/** Row height and the height of the scrolling box, in CSS pixels (search.css draws rows this tall). */
const ROW = 26;
const BOX = 320;

/**
 * A long group of the entity list (thousands of entities) as a scrolling box that renders only the
 * rows in view (TanStack Virtual), so React never renders thousands of buttons. Each item says its
 * place (`aria-posinset` of `aria-setsize`) so a screen reader still hears "12 of 16,007"; arrow keys,
 * Home and End move through every entity, and the selected one is scrolled into view.
 */
export default function VirtualEntityItems({ nodes, selected, onSelect, labelledBy }: VirtualEntityItemsProps) {
  const box = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: nodes.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW,
    overscan: 8,
    // Rows show on the first render, before the box is measured (and where it never is).
    initialRect: { width: 0, height: BOX },
  });
  const selectedIndex = selected === null ? -1 : nodes.findIndex((node) => node.id === selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const focusRow = (index: number): void => {
    const target = Math.max(0, Math.min(nodes.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row is rendered once the scroll is applied.
    requestAnimationFrame(() =>
      box.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const index = Number(row?.dataset.index ?? -1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: nodes.length - 1 };
    const next = moves[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div ref={box} className="entity-group-scroller" style={{ height: BOX }}>
      <ul
        aria-labelledby={labelledBy}
        className="entity-group-items"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const node = nodes[item.index];
          if (!node) return null;
          return (
            <li
              key={node.id}
              data-index={item.index}
              aria-setsize={nodes.length}
              aria-posinset={item.index + 1}
              className="entity-virtual-row"
              style={{ transform: `translateY(${item.start}px)`, height: ROW }}
            >
              <EntityListButton node={node} selected={selected} onSelect={onSelect} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
