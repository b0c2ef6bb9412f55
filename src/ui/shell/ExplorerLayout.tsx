import { startTransition, useCallback, useState } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { OVERVIEW_FROM } from '../../view/overview/overview-size.ts';
import { AsOfControl } from '../as-of/AsOfControl.tsx';
import { EntityDetailsPanel } from '../details/EntityDetailsPanel.tsx';
import { EntityList } from '../search/EntityList.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { Legend } from '../legend/Legend.tsx';
import { Notices } from './Notices.tsx';
import { OverviewBar } from '../overview/OverviewBar.tsx';
import { OrganisationFilterPanel } from '../filters/OrganisationFilterPanel.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { ShareBar } from '../share/ShareBar.tsx';
import { TypeFilters } from '../filters/TypeFilters.tsx';
import { ViewControls } from '../view-controls/ViewControls.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { ImportReportButton, ReviewFirstToggle } from '../open/ImportReportDialog.tsx';
import { OpenFileInput } from '../open/OpenFileInput.tsx';
import { ReaderChoices } from '../reader/ReaderChoices.tsx';
import { TopTools } from './TopTools.tsx';
import { Guarded } from './Guarded.tsx';
import { OpenEndpoint } from '../sparql/OpenEndpoint.tsx';

export interface ExplorerLayoutProps {
  readonly graph: Graph;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/**
 * The explorer's screen: header with search and sharing, filters and list left, canvas, details right.
 * A graph large enough for the overview draws its picture first: the filters, the entity list and
 * the details follow once the canvas has drawn (or failed), rendered in the background, so the first
 * picture does not wait for panels that list thousands of entities. Each sits in a column of its own,
 * so the canvas keeps its size when they come.
 */
export function ExplorerLayout({ graph, onUndo, onRedo }: ExplorerLayoutProps) {
  const [pictured, setPictured] = useState<Graph | null>(null);
  const panelsShown = graph.nodes.size <= OVERVIEW_FROM || pictured === graph;
  const onCanvasSettled = useCallback(() => startTransition(() => setPictured(graph)), [graph]);
  return (
    <div className="explorer">
      <header className="top-bar">
        <h1 className="graph-title" title={graph.description}>
          {graph.title}
        </h1>
        <Guarded name="Search" graph={graph}>
          <SearchBox graph={graph} />
        </Guarded>
        <TopTools>
          <ViewControls graph={graph} />
          <ShareBar onUndo={onUndo} onRedo={onRedo} />
          <div className="file-bar" role="toolbar" aria-label="Files">
            <OpenFileInput />
            <OpenEndpoint />
            <ReviewFirstToggle />
            <ImportReportButton />
            <ExportMenu graph={graph} />
          </div>
          <ReaderChoices graph={graph} />
        </TopTools>
      </header>
      <nav className="side-panel" aria-label="Filters and entities" aria-busy={!panelsShown}>
        {panelsShown && (
          <>
            <Guarded name="The date control" graph={graph}>
              <AsOfControl graph={graph} />
            </Guarded>
            <Guarded name="The organisation filter" graph={graph}>
              <OrganisationFilterPanel graph={graph} />
            </Guarded>
            <Guarded name="The type filters" graph={graph}>
              <TypeFilters graph={graph} />
            </Guarded>
            <Guarded name="The entity list" graph={graph}>
              <EntityList graph={graph} />
            </Guarded>
          </>
        )}
      </nav>
      <main className="canvas-area">
        <Guarded name="The overview bar" graph={graph}>
          <OverviewBar />
        </Guarded>
        <Guarded name="The graph drawing" graph={graph} className="graph-canvas">
          <GraphCanvas graph={graph} onSettled={onCanvasSettled} />
        </Guarded>
        {/* With the canvas, not after it: appearing later it would shrink the drawing it sits under. */}
        <Guarded name="The legend" graph={graph}>
          <Legend graph={graph} />
        </Guarded>
        <Notices />
      </main>
      {panelsShown ? (
        <Guarded name="The details panel" graph={graph} className="details-panel">
          <EntityDetailsPanel graph={graph} />
        </Guarded>
      ) : (
        <div className="details-panel" aria-busy="true" />
      )}
    </div>
  );
}
