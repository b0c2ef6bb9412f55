import { canvasDrawing, canvasPng, canvasPositions } from '../../canvas/canvas-picture.ts';
import type { Graph } from '../../graph/graph-model.ts';
import type { VisibleSet } from '../../view/visible-set.ts';
import { saveFile } from './save-file.ts';

export type ExportKind =
  'png-view-1' | 'png-view-2' | 'png-full-1' | 'png-full-2' | 'svg' | 'json' | 'graphml' | 'csv-nodes' | 'csv-edges';

export const EXPORT_ITEMS: ReadonlyArray<{ readonly kind: ExportKind; readonly label: string }> = [
  { kind: 'png-view-1', label: 'PNG, current view' },
  { kind: 'png-view-2', label: 'PNG, current view, 2×' },
  { kind: 'png-full-1', label: 'PNG, whole graph' },
  { kind: 'png-full-2', label: 'PNG, whole graph, 2×' },
  { kind: 'svg', label: 'SVG picture' },
  { kind: 'json', label: 'JSON (format v1, with positions)' },
  { kind: 'graphml', label: 'GraphML' },
  { kind: 'csv-nodes', label: 'CSV, nodes' },
  { kind: 'csv-edges', label: 'CSV, edges' },
];

/**
 * Writes the export and hands it to the browser. Exporters load on first use, so they cost the
 * initial page nothing. JSON and GraphML hold what is visible, each node where it is drawn.
 */
export async function runExport(kind: ExportKind, graph: Graph, visible: VisibleSet): Promise<void> {
  const { exportFileName } = await import('../../formats/export-subgraph.ts');
  const name = (extension: string): string => exportFileName(graph.id, new Date(), extension);
  const scope = { graph, nodes: visible.nodes, edges: visible.edges, positions: canvasPositions() };
  switch (kind) {
    case 'png-view-1':
    case 'png-view-2':
    case 'png-full-1':
    case 'png-full-2': {
      const blob = await canvasPng({ full: kind.startsWith('png-full'), scale: kind.endsWith('2') ? 2 : 1 });
      if (blob) saveFile(blob, name('png'));
      return;
    }
    case 'svg': {
      const { exportSvg } = await import('../../formats/export-svg.ts');
      saveFile(new Blob([exportSvg(canvasDrawing(), graph.title)], { type: 'image/svg+xml' }), name('svg'));
      return;
    }
    case 'json': {
      const { exportV1Text } = await import('../../formats/export-v1.ts');
      saveFile(new Blob([exportV1Text(scope)], { type: 'application/json' }), name('json'));
      return;
    }
    case 'graphml': {
      const { exportGraphml } = await import('../../formats/export-graphml.ts');
      saveFile(new Blob([exportGraphml(scope)], { type: 'application/graphml+xml' }), name('graphml'));
      return;
    }
    case 'csv-nodes':
    case 'csv-edges': {
      const { exportCsvEdges, exportCsvNodes } = await import('../../formats/export-csv.ts');
      const text = kind === 'csv-nodes' ? exportCsvNodes(scope) : exportCsvEdges(scope);
      saveFile(new Blob([text], { type: 'text/csv' }), name(kind === 'csv-nodes' ? 'nodes.csv' : 'edges.csv'));
      return;
    }
  }
}
