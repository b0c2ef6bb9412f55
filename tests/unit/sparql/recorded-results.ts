import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neighbourhoodFacts, type Neighbourhood } from '../../../src/sources/sparql/neighbourhood-facts.ts';
import { parseResults } from '../../../src/sources/sparql/sparql-results.ts';

/** A recorded (Virtuoso) or hand-written (Wikidata) set of answers for one neighbourhood. */
interface Recorded {
  readonly endpoint: string;
  readonly iri: string;
  readonly links: unknown;
  readonly roles: unknown;
  readonly literals: unknown;
  readonly describe: unknown;
}

export function recorded(name: string): Recorded {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Recorded;
}

/** From the project root (where Vitest runs): jsdom's import.meta.url is no file URL. */
export function fixturePath(name: string): string {
  return join(process.cwd(), 'tests', 'fixtures', 'sparql', `${name}.json`);
}

/** The neighbourhood the mapping makes of a recorded set of answers, with `cap` links shown. */
export function recordedNeighbourhood(name: string, cap = 60, count?: number): Neighbourhood {
  const r = recorded(name);
  return neighbourhoodFacts(
    r.iri,
    {
      links: parseResults(r.links),
      roles: parseResults(r.roles),
      literals: parseResults(r.literals),
      describe: parseResults(r.describe),
      ...(count !== undefined && { count }),
    },
    cap,
  );
}

export const EX = 'http://kg.example/id/';
export const VIRTUOSO = recorded('virtuoso-luan-jian').endpoint;
