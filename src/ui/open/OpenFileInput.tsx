import type { ChangeEvent } from 'react';
import { openFiles } from '../../view/open-files.ts';
import { useOpening } from './opening-context.ts';

/** Extensions offered by the file picker; any file can still be chosen, and content decides the format. */
const ACCEPT = '.json,.cyjs,.jgf,.gexf,.graphml,.xml,.csv,.tsv,.txt';

/**
 * "Open…": picks one graph file, or a CSV edge list together with its node list (select both).
 * The input itself is named "Open graph file" for screen readers and automation.
 */
export function OpenFileInput() {
  const opening = useOpening();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after editing it) opens it again.
    input.value = '';
    void openFiles(opening, files);
  };
  return (
    <label className="open-file" title="Open a graph file (GEXF, GraphML, JSON, CSV…) or drop it on the page">
      <span aria-hidden="true">Open…</span>
      <input type="file" aria-label="Open graph file" multiple accept={ACCEPT} onChange={onChange} />
    </label>
  );
}
