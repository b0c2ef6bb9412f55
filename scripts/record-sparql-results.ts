/**
 * Records the SPARQL JSON answers the unit tests replay: run against the test Virtuoso
 * (`eval "$(tests/sparql/virtuoso.sh start)"`), then `KG_SPARQL_ENDPOINT=… npx tsx scripts/record-sparql-results.ts`.
 * Writes tests/fixtures/sparql/virtuoso-<entity>.json: each query of one neighbourhood with the endpoint's answer.
 */
import { writeFileSync } from 'node:fs';
import { LINKS_PER_REQUEST } from '../src/sources/sparql/load-neighbourhood.ts';
import { neighbourhoodFacts, reachedIris } from '../src/sources/sparql/neighbourhood-facts.ts';
import { parseResults } from '../src/sources/sparql/sparql-results.ts';
import {
  describeQuery,
  linksQuery,
  literalsQuery,
  rolesQuery,
  searchQuery,
} from '../src/sources/sparql/sparql-queries.ts';

const endpoint = process.env.KG_SPARQL_ENDPOINT;
if (endpoint === undefined) throw new Error('set KG_SPARQL_ENDPOINT');
const languages = ['en'];

async function ask(query: string): Promise<unknown> {
  const response = await fetch(endpoint ?? '', {
    method: 'POST',
    headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) throw new Error(`${String(response.status)} ${await response.text()}`);
  return response.json();
}

for (const name of ['luan-jian', 'xiaomi', 'microsoft']) {
  const iri = `http://kg.example/id/${name}`;
  const links = await ask(linksQuery(iri, LINKS_PER_REQUEST + 1));
  const roles = await ask(rolesQuery(iri, languages, 200));
  const literals = await ask(literalsQuery(iri, languages, 200));
  const partial = neighbourhoodFacts(
    iri,
    { links: parseResults(links), roles: parseResults(roles), literals: parseResults(literals), describe: [] },
    LINKS_PER_REQUEST,
  );
  const describe = await ask(describeQuery(reachedIris(iri, partial.links, partial.roles), languages));
  writeFileSync(
    `tests/fixtures/sparql/virtuoso-${name}.json`,
    `${JSON.stringify({ endpoint: 'http://127.0.0.1:8890/sparql', iri, links, roles, literals, describe }, null, 1)}\n`,
  );
}
writeFileSync(
  'tests/fixtures/sparql/virtuoso-search-nadel.json',
  `${JSON.stringify(await ask(searchQuery(endpoint, 'nadel', languages, 20)), null, 1)}\n`,
);
console.log('recorded');
