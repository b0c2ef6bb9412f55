import { importInput } from '../../view/import-graph-input.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { useImports, useOpening } from './opening-context.ts';

/** The last import's report, when open; Apply mapping reads the same files again with the new mapping. */
export function ImportReportDialog() {
  const opening = useOpening();
  const shown = useImports((state) => (state.reportOpen ? state.report : null));
  if (!shown) return null;
  const { input, report, status } = shown;
  return (
    <ImportReportView
      name={input.name}
      report={report}
      status={status}
      onApply={(options) =>
        void importInput(
          opening,
          { ...input, options: { ...input.options, ...options } },
          status === 'opened' ? 'remap' : 'open',
        )
      }
      onOpen={() => void importInput(opening, input, 'open', false)}
      // A pending file stays pending: the Import report button brings it back to open it later.
      onClose={() => opening.imports.setState({ reportOpen: false })}
    />
  );
}

/** "Check mapping first": files are read and their mapping shown before anything opens. */
export function ReviewFirstToggle() {
  const opening = useOpening();
  const reviewFirst = useImports((state) => state.reviewFirst);
  return (
    <label className="review-first">
      <input
        type="checkbox"
        checked={reviewFirst}
        onChange={(event) => opening.imports.setState({ reviewFirst: event.currentTarget.checked })}
      />
      Check mapping first
    </label>
  );
}

/** Reopens the report of the graph on screen (or of the last file that could not be opened). */
export function ImportReportButton() {
  const opening = useOpening();
  const available = useImports((state) => state.report !== null);
  if (!available) return null;
  return (
    <button type="button" onClick={() => opening.imports.setState({ reportOpen: true })}>
      Import report
    </button>
  );
}
