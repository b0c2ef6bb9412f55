import { z } from 'zod';

// As in graph/graph-schema.ts: zod 4 probes `new Function` once to decide on compiled parsers, and the
// page's CSP (script-src 'self') refuses it with a report. This module may load first, so it says so too.
z.config({ jitless: true });

/**
 * SPARQL 1.1 Query Results JSON Format (W3C), checked with zod so an endpoint's odd answer becomes a
 * clear message rather than a crash. `typed-literal` is SPARQL 1.0's spelling, still sent by Virtuoso.
 */
const termSchema = z.object({
  type: z.enum(['uri', 'literal', 'typed-literal', 'bnode']),
  value: z.string(),
  'xml:lang': z.string().optional(),
  datatype: z.string().optional(),
});

const resultsSchema = z.object({
  head: z.object({ vars: z.array(z.string()).optional() }),
  results: z.object({ bindings: z.array(z.record(z.string(), termSchema)) }),
});

export interface Term {
  readonly kind: 'iri' | 'literal' | 'blank';
  readonly value: string;
  /** Lower case; '' for none. */
  readonly lang: string;
  readonly datatype?: string;
}

/** One solution: variable name → term. A Map, since variable names come from the endpoint. */
export type Row = ReadonlyMap<string, Term>;

function term(raw: z.infer<typeof termSchema>): Term {
  const kind = raw.type === 'uri' ? 'iri' : raw.type === 'bnode' ? 'blank' : 'literal';
  return {
    kind,
    value: raw.value,
    lang: (raw['xml:lang'] ?? '').toLowerCase(),
    ...(raw.datatype !== undefined && { datatype: raw.datatype }),
  };
}

/** The rows of a SELECT answer; throws a readable Error when the body is not SPARQL JSON results. */
export function parseResults(json: unknown): Row[] {
  const parsed = resultsSchema.safeParse(json);
  if (!parsed.success) throw new Error('the answer is not SPARQL JSON results (is this a SPARQL endpoint?)');
  return parsed.data.results.bindings.map(
    (binding) => new Map(Object.entries(binding).map(([name, raw]) => [name, term(raw)])),
  );
}

/** The IRI bound to `name`, if it is one. */
export function iriOf(row: Row, name: string): string | undefined {
  const value = row.get(name);
  return value?.kind === 'iri' ? value.value : undefined;
}
