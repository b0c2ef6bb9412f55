import { GraphChoiceDialog } from './GraphChoiceDialog.tsx';
import { ImportProgressDialog } from './ImportProgressDialog.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { useOpening } from './opening-context.ts';
import { useFileDrop } from './use-file-drop.ts';
import './open.css';

/** Everything opening a file shows over the page: drop target, progress with Cancel, graph choice, report. */
export function ImportDialogs() {
  const dragging = useFileDrop(useOpening());
  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a graph file to open it
        </div>
      )}
      <ImportProgressDialog />
      <GraphChoiceDialog />
      <ImportReportDialog />
    </>
  );
}
