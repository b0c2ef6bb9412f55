import { normaliseLanguage } from '../../graph/node-labels.ts';
import type { Problem } from '../../graph/parse-report.ts';
import { SparqlCancelled } from '../../sources/sparql/sparql-errors.ts';
import { readSparqlGraph } from '../../sources/sparql/sparql-lazy.ts';
import { sparqlEndpoint, sparqlRef } from '../../sources/sparql/sparql-ref.ts';
import type { ExplorerStore } from '../explorer-store.ts';
import { decodeLinkValue } from '../link/link-encoding.ts';
import { cleanLink } from '../link/link-clean.ts';
import { linkParamName, type RawLink } from '../link/link-parse.ts';
import { builtGraph, endSparqlRequest, keepBuiltGraph, startSparqlRequest } from './sparql-session.ts';

/** The decoded items of a link parameter's first value (a list of ids), before any judging. */
function rawItems(raw: RawLink, name: string): string[] {
  const entry = raw.entries.find((e) => linkParamName(e.name) === name);
  if (!entry) return [];
  return entry.value.split(',').flatMap((item) => {
    const decoded = decodeLinkValue(item);
    return decoded === undefined || decoded === '' ? [] : [decoded];
  });
}

/** `graph` and `expand` are judged here, against the endpoint; the codec cleans the rest. */
function withoutOwnParams(raw: RawLink): RawLink {
  return { entries: raw.entries.filter((e) => !['graph', 'expand'].includes(linkParamName(e.name))) };
}

function problem(message: string): Problem {
  return { severity: 'error', path: '', message };
}

/**
 * Opens a link to a SPARQL endpoint (`graph=sparql:<URL>`): loads the neighbourhoods the link's
 * `expand` lists, in order (or the `node`'s, when there is no `expand`; none without either, and search
 * is the way in), builds the graph of what loaded and shows the link's view on it. A link naming the
 * neighbourhoods on screen reuses that graph. Never throws; what could not be loaded becomes a notice,
 * and with nothing loaded and nothing open, the error screen.
 */
export async function openSparqlLink(
  store: ExplorerStore,
  ref: string,
  raw: RawLink,
  isCurrent: () => boolean,
  lastChange: 'none' | 'push' = 'none',
): Promise<void> {
  const state = store.getState();
  const endpoint = sparqlEndpoint(ref);
  const refuse = (title: string, problems: readonly Problem[]): void => {
    if (state.graph) state.notify(`${title}: ${problems.map((p) => p.message).join('; ')}`, 'error');
    else state.fail(title, problems);
  };
  if (endpoint === undefined) {
    refuse(`The link names the SPARQL endpoint "${ref.slice('sparql:'.length)}"`, [
      problem('that is not an http(s) address; write it in full, like https://query.wikidata.org/sparql'),
    ]);
    return;
  }
  const node = rawItems(raw, 'node')[0];
  const expand = rawItems(raw, 'expand');
  const wanted = expand.length > 0 ? expand : node !== undefined ? [node] : [];
  const normalRef = sparqlRef(endpoint);
  // Literals are read in the link's language too, so its `lang` finds labels to show.
  const asked = rawItems(raw, 'lang')[0];
  const lang = asked === undefined ? null : (normaliseLanguage(asked) ?? null);
  let built = builtGraph(store, { ref: normalRef, expand: wanted, lang });
  let loaded: readonly string[] = wanted;
  if (!built) {
    if (!state.graph) state.startLoading(`Asking ${endpoint}…`);
    const signal = startSparqlRequest(store, '');
    let read;
    try {
      read = await readSparqlGraph(endpoint, wanted, lang, signal);
    } catch (error) {
      if (!(error instanceof SparqlCancelled)) throw error;
      return;
    } finally {
      endSparqlRequest(store, signal);
    }
    if (!isCurrent()) return;
    const failures = read.notices.filter((n) => n.tone === 'error').map((n) => problem(n.text));
    if (!read.graph || (wanted.length > 0 && read.loaded.length === 0)) {
      refuse(`Could not open the SPARQL endpoint ${endpoint}`, [...read.problems, ...failures]);
      return;
    }
    built = read.graph;
    loaded = read.loaded;
    keepBuiltGraph(store, { ref: normalRef, expand: loaded, lang }, built);
    for (const notice of read.notices) store.getState().notify(notice.text, notice.tone);
  }
  const cleaned = cleanLink(withoutOwnParams(raw), built);
  store.getState().showGraph(built, [], { ...cleaned.state, graph: normalRef, expand: loaded }, lastChange);
  for (const text of cleaned.dropped) store.getState().notify(text, 'warning');
  if (loaded.length === 0)
    store.getState().notify(`Connected to ${endpoint}. Search for a name to start exploring from it.`, 'info');
}
