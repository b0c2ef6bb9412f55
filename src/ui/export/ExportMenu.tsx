import { useEffect, useRef, useState } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { useVisibleSet } from '../use-visible-set.ts';
import { useExplorer } from '../store-context.ts';
import { EXPORT_ITEMS, runExport, type ExportKind } from './export-actions.ts';

/** "Export": a menu of picture (PNG 1×/2×, view or whole graph; SVG) and data (JSON, GraphML) exports. */
export function ExportMenu({ graph }: { graph: Graph }) {
  const [open, setOpen] = useState(false);
  const visible = useVisibleSet();
  const notify = useExplorer((state) => state.notify);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);
  const choose = (kind: ExportKind): void => {
    setOpen(false);
    runExport(kind, graph, visible).catch((error: unknown) =>
      notify(`The export failed: ${error instanceof Error ? error.message : String(error)}`, 'error'),
    );
  };
  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
        }
        if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault();
          const items = [...(menu.current?.querySelectorAll('button') ?? [])];
          const at = items.findIndex((item) => item === document.activeElement);
          const step = event.key === 'ArrowDown' ? 1 : -1;
          items[(at + step + items.length) % items.length]?.focus();
        }
      }}
      onBlur={(event) => {
        // Focus leaving the menu (a click elsewhere, Tab away) closes it, as menus do.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label="Export">
          {EXPORT_ITEMS.map((item) => (
            <li key={item.kind} role="none">
              <button type="button" role="menuitem" onClick={() => choose(item.kind)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
