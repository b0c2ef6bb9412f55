import { neighbourhoodFacts, reachedIris, type Neighbourhood } from './neighbourhood-facts.ts';
import { querySparql } from './sparql-client.ts';
import { describeQuery, linkCountQuery, linksQuery, literalsQuery, rolesQuery } from './sparql-queries.ts';

/** Links loaded per neighbourhood request; the rest is counted and named in an "N more" notice. */
export const LINKS_PER_REQUEST = 60;
const ROLES_PER_REQUEST = 200;
const LITERALS_PER_REQUEST = 200;
/** IRIs per describe query, so a request stays well under what endpoints accept. */
const DESCRIBE_BATCH = 60;

async function linkCount(endpoint: string, iri: string, signal?: AbortSignal): Promise<number | undefined> {
  const [row] = await querySparql(endpoint, linkCountQuery(iri), signal);
  const count = Number(row?.get('count')?.value);
  return Number.isFinite(count) ? count : undefined;
}

/**
 * One entity's neighbourhood from the endpoint: its links both ways (capped), its roles, its own
 * literals, then the names and classes of everything reached. Cached per query, so loading the same
 * neighbourhood again (a link, Back) asks nothing.
 */
export async function loadNeighbourhood(
  endpoint: string,
  iri: string,
  languages: readonly string[],
  signal?: AbortSignal,
): Promise<Neighbourhood> {
  const [links, roles, literals] = await Promise.all([
    querySparql(endpoint, linksQuery(iri, LINKS_PER_REQUEST + 1), signal),
    querySparql(endpoint, rolesQuery(iri, languages, ROLES_PER_REQUEST), signal),
    querySparql(endpoint, literalsQuery(iri, languages, LITERALS_PER_REQUEST), signal),
  ]);
  const count =
    links.length > LINKS_PER_REQUEST ? await linkCount(endpoint, iri, signal).catch(() => undefined) : undefined;
  const partial = neighbourhoodFacts(
    iri,
    { links, roles, literals, describe: [], ...(count !== undefined && { count }) },
    LINKS_PER_REQUEST,
  );
  const iris = reachedIris(iri, partial.links, partial.roles);
  const batches: string[][] = [];
  for (let i = 0; i < iris.length; i += DESCRIBE_BATCH) batches.push(iris.slice(i, i + DESCRIBE_BATCH));
  const described = await Promise.all(
    batches.map((batch) => querySparql(endpoint, describeQuery(batch, languages), signal)),
  );
  return neighbourhoodFacts(
    iri,
    { links, roles, literals, describe: described.flat(), ...(count !== undefined && { count }) },
    LINKS_PER_REQUEST,
  );
}
