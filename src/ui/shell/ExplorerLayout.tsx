import type { Graph } from '../../graph/graph-model.ts';
import { AsOfControl } from '../as-of/AsOfControl.tsx';
import { EntityDetailsPanel } from '../details/EntityDetailsPanel.tsx';
import { EntityList } from '../search/EntityList.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { Legend } from '../legend/Legend.tsx';
import { Notices } from './Notices.tsx';
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

export interface ExplorerLayoutProps {
  readonly graph: Graph;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/** The explorer's screen: header with search and sharing, filters and list left, canvas, details right. */
export function ExplorerLayout({ graph, onUndo, onRedo }: ExplorerLayoutProps) {
  return (
    <div className="explorer">
      <header className="top-bar">
        <h1 className="graph-title" title={graph.description}>
          {graph.title}
        </h1>
        <SearchBox graph={graph} />
        <TopTools>
          <ViewControls graph={graph} />
          <ShareBar onUndo={onUndo} onRedo={onRedo} />
          <div className="file-bar" role="toolbar" aria-label="Files">
            <OpenFileInput />
            <ReviewFirstToggle />
            <ImportReportButton />
            <ExportMenu graph={graph} />
          </div>
          <ReaderChoices graph={graph} />
        </TopTools>
      </header>
      <nav className="side-panel" aria-label="Filters and entities">
        <AsOfControl graph={graph} />
        <OrganisationFilterPanel graph={graph} />
        <TypeFilters graph={graph} />
        <EntityList graph={graph} />
      </nav>
      <main className="canvas-area">
        <GraphCanvas graph={graph} />
        <Legend graph={graph} />
        <Notices />
      </main>
      <EntityDetailsPanel graph={graph} />
    </div>
  );
}
