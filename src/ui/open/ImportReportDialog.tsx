import { importInput } from '../../view/import-graph-input.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { useImports, useOpening } from './opening-context.ts';

/** The last import's report, when open; Apply mapping reads the same files again with the new mapping. */
export function ImportReportDialog() {
  const opening = useOpening();
  const shown = useImports((state) => (state.reportOpen ? state.report : null));
  if (!shown) return null;
  const { input, report, opened } = shown;
  return (
    <ImportReportView
      name={input.name}
      report={report}
      opened={opened}
      onApply={(options) =>
        void importInput(opening, { ...input, options: { ...input.options, ...options } }, opened ? 'remap' : 'open')
      }
      onClose={() => opening.imports.setState({ reportOpen: false })}
    />
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
