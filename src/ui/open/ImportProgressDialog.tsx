import type { ReadStage } from '../../sources/read-graph.ts';
import { useImports } from './opening-context.ts';

const STAGES: Readonly<Record<ReadStage, { step: number; words: string }>> = {
  reading: { step: 1, words: 'Reading the file' },
  mapping: { step: 2, words: 'Mapping labels, types and organisations' },
  checking: { step: 3, words: 'Checking the graph' },
};

/** Shown while a file is parsed in the worker: what is happening, how far, and Cancel. */
export function ImportProgressDialog() {
  const job = useImports((state) => state.job);
  if (!job) return null;
  const stage = STAGES[job.stage];
  return (
    <div className="import-dialog" role="dialog" aria-modal="false" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">Opening {job.name}</h2>
      <p>{stage.words}…</p>
      <progress aria-label="Opening progress" value={stage.step} max={4} />
      <p className="import-hint">The graph you have open stays until this one is ready.</p>
      <button type="button" onClick={job.cancel}>
        Cancel
      </button>
    </div>
  );
}
