import { useState, type SyntheticEvent } from 'react';
import { endpointFormProblem, openEndpoint } from '../../view/sparql/open-endpoint.ts';
import { useExplorerStore } from '../store-context.ts';
import './sparql.css';

/**
 * "Open endpoint…" beside the file input: the address of a SPARQL endpoint and, optionally, the IRI
 * of the entity to start from. Opening it is one history step; the link then names the endpoint.
 */
export function OpenEndpoint() {
  const store = useExplorerStore();
  const [open, setOpen] = useState(false);
  const [endpoint, setEndpoint] = useState('');
  const [start, setStart] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const close = (): void => {
    setOpen(false);
    setProblem(undefined);
  };
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    const found = endpointFormProblem(endpoint, start);
    setProblem(found);
    if (found !== undefined) return;
    close();
    void openEndpoint(store, endpoint, start);
  };
  return (
    <div className="open-endpoint">
      <button type="button" aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
        Open endpoint…
      </button>
      {open && (
        <form
          className="open-endpoint-form"
          aria-label="Open SPARQL endpoint"
          onSubmit={submit}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <label>
            SPARQL endpoint
            <input
              type="url"
              required
              autoFocus
              placeholder="https://query.wikidata.org/sparql"
              value={endpoint}
              onChange={(event) => setEndpoint(event.currentTarget.value)}
            />
          </label>
          <label>
            Start from (IRI, optional)
            <input
              type="text"
              placeholder="http://www.wikidata.org/entity/Q2283"
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
            />
          </label>
          {problem !== undefined && (
            <p className="open-endpoint-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="open-endpoint-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit">Open</button>
          </div>
        </form>
      )}
    </div>
  );
}
