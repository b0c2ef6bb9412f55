import type { Graph } from '../../graph/graph-model.ts';
import { parseGraph } from '../../graph/parse-graph.ts';
import type { Problem } from '../../graph/parse-report.ts';
import { loadNeighbourhood, LINKS_PER_REQUEST } from './load-neighbourhood.ts';
import type { Neighbourhood } from './neighbourhood-facts.ts';
import { SparqlCancelled } from './sparql-errors.ts';
import { sparqlGraphFile } from './sparql-graph-file.ts';
import { BASE_LANGUAGES, entityLabel } from './sparql-nodes.ts';
import { isQueryableIri } from './sparql-text.ts';

/**
 * The languages literals are read in, best first: the reader's (`lang`), then English; literals without
 * a language always come. Asking for every language would bring hundreds of labels per Wikidata item.
 * @example sparqlLanguages('zh') // ['zh', 'en']
 */
export function sparqlLanguages(lang: string | null): string[] {
  return lang === null || BASE_LANGUAGES.includes(lang) ? [...BASE_LANGUAGES] : [lang, ...BASE_LANGUAGES];
}

export interface SparqlNotice {
  readonly text: string;
  readonly tone: 'warning' | 'error' | 'info';
  /** The entity whose neighbourhood it is about. */
  readonly iri: string;
}

export interface SparqlRead {
  /** Undefined only if the mapping made a file parseGraph refuses (a bug; its errors are in `problems`). */
  readonly graph: Graph | undefined;
  readonly problems: readonly Problem[];
  /** The entities whose neighbourhoods loaded, in the order asked: the view's `expand`. */
  readonly loaded: readonly string[];
  /** Plain sentences: neighbourhoods that failed, and those capped ("N more"). */
  readonly notices: readonly SparqlNotice[];
}

function moreNotice(neighbourhood: Neighbourhood, label: string): string {
  return `${label} has ${String(neighbourhood.more)} more link${neighbourhood.more === 1 ? '' : 's'} than the ${String(LINKS_PER_REQUEST)} loaded; the explorer loads at most ${String(LINKS_PER_REQUEST)} per request.`;
}

/**
 * The graph of an endpoint made of the neighbourhoods of `expand`, in order: each is loaded (or taken
 * from the session cache), those that fail are left out with a notice naming the entity, and the rest
 * become one graph. Rejects only with SparqlCancelled, when `signal` aborts.
 */
export async function readSparqlGraph(
  endpoint: string,
  expand: readonly string[],
  lang: string | null,
  signal?: AbortSignal,
): Promise<SparqlRead> {
  const languages = sparqlLanguages(lang);
  const wanted = [...new Set(expand)];
  const settled = await Promise.allSettled(
    wanted.map((iri) =>
      isQueryableIri(iri)
        ? loadNeighbourhood(endpoint, iri, languages, signal)
        : Promise.reject(new Error(`"${iri}" is not an IRI (write it in full, like http://example.org/id/x)`)),
    ),
  );
  if (signal?.aborted === true || settled.some((r) => r.status === 'rejected' && r.reason instanceof SparqlCancelled))
    throw new SparqlCancelled();
  const neighbourhoods: Neighbourhood[] = [];
  const notices: SparqlNotice[] = [];
  settled.forEach((result, index) => {
    const iri = wanted[index] ?? '';
    if (result.status === 'fulfilled') neighbourhoods.push(result.value);
    else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      notices.push({ text: `The neighbourhood of ${iri} could not be loaded: ${reason}`, tone: 'error', iri });
    }
  });
  const file = sparqlGraphFile(endpoint, neighbourhoods, languages);
  for (const neighbourhood of neighbourhoods) {
    if (neighbourhood.more === 0) continue;
    const label = entityLabel(neighbourhood.centre, neighbourhood.described.get(neighbourhood.centre), BASE_LANGUAGES);
    notices.push({ text: moreNotice(neighbourhood, label), tone: 'info', iri: neighbourhood.centre });
  }
  const { graph, report } = parseGraph(file);
  return { graph, problems: report.errors, loaded: neighbourhoods.map((n) => n.centre), notices };
}
