import { z } from 'zod';
import { LANGUAGE_TAG } from './node-labels.ts';

// zod 4 compiles fast object parsers with `new Function`. The page's CSP (script-src 'self') refuses
// that, and zod's probe for it would fire a securitypolicyviolation on every load: on the page, the
// interpreted parsers (the page checks nothing large). The parse worker, where the large files are
// checked, has no document and no such policy (its script is served without one): there the
// compiled parsers check a 20,000-entity file faster. A host that sends the CSP as a header on the
// worker's script too only costs the worker that speed; zod falls back by itself.
z.config({ jitless: typeof document !== 'undefined' });

/**
 * The graph file format, version 1 (DESIGN.md "The graph file, version 1").
 * This zod schema is the single source of truth: `npm run schema` turns it into
 * `graph-data/knowledge-graph.schema.json`, and a unit test fails when that file is stale.
 * Checks that need the whole file (unique ids, edge ends, dates, declared types) live in
 * `parse-graph.ts`, so that one run reports every problem rather than the first.
 */

const nonEmpty = z.string().min(1, 'must not be empty');

export const sourceSchema = z
  .object({
    id: nonEmpty.describe('Id that evidence refers to.'),
    title: nonEmpty.describe('Title of the article, book or page.'),
    publisher: z.string().optional(),
    date: z.string().optional().describe('Publication date, ISO 8601 (2023, 2023-04 or 2023-04-17).'),
    url: z.string().optional().describe('Address of the source; shown as a link only when http(s).'),
  })
  .strict();

export const typeDefinitionSchema = z
  .object({
    label: nonEmpty.describe('How the type is named in the legend and filters.'),
    color: z.string().optional().describe('CSS colour for nodes of this type.'),
  })
  .strict();

export const edgeTypeDefinitionSchema = z
  .object({
    label: nonEmpty.describe('Label read from source to target ("reports to").'),
    inverse: z.string().optional().describe('Label read from target to source ("has report").'),
  })
  .strict();

export const evidenceSchema = z
  .object({
    source: nonEmpty.describe('Id of an entry of `sources`.'),
    quote: nonEmpty.describe('A short verbatim passage of that source.'),
  })
  .strict();

const attributesSchema = z
  .record(z.string(), z.unknown())
  .describe('Anything else the entity carries (imported formats put their extra fields here).');

export const positionSchema = z.object({ x: z.number(), y: z.number() }).strict();

// BCP 47 language tags as people write them ("zh", "zh-Hant", "pt-BR"): never `__proto__` or other object keys.
const languageTag = z.string().regex(LANGUAGE_TAG, 'must be a language tag such as "zh" or "pt-BR"');

export const nodeSchema = z
  .object({
    id: nonEmpty,
    label: nonEmpty,
    type: nonEmpty.describe('person, organization, product, or a type declared in nodeTypes.'),
    aliases: z.array(nonEmpty).optional(),
    labels: z
      .record(languageTag, nonEmpty)
      .optional()
      .describe('The label in other languages, by language tag ({ "zh": "栾剑" }); shown when the reader picks one.'),
    summary: z.string().optional(),
    links: z.record(z.string(), z.string()).optional(),
    position: positionSchema.optional(),
    attributes: attributesSchema.optional(),
  })
  .strict();

export const edgeSchema = z
  .object({
    id: nonEmpty,
    source: nonEmpty.describe('Id of the node the relation starts at.'),
    target: nonEmpty.describe('Id of the node the relation points to.'),
    type: nonEmpty.describe('A type declared in edgeTypes (holds_role and part_of are built in).'),
    title: z.string().optional().describe('For roles: the title held ("Director").'),
    start: z.string().optional().describe('Partial ISO date: 2023, 2023-04 or 2023-04-14.'),
    end: z.string().optional().describe('Partial ISO date: 2023, 2023-04 or 2023-04-14.'),
    former: z.boolean().optional().describe('True when the relation ended at an unknown date.'),
    evidence: z.array(evidenceSchema).optional(),
    attributes: attributesSchema.optional(),
  })
  .strict();

export const graphFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    id: nonEmpty.describe('Short id of the graph, used in links.'),
    title: nonEmpty,
    description: z.string().optional(),
    sources: z.array(sourceSchema).optional(),
    nodeTypes: z.record(z.string(), typeDefinitionSchema).optional(),
    edgeTypes: z.record(z.string(), edgeTypeDefinitionSchema).optional(),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
  })
  .strict()
  .describe('A kg-explorer knowledge graph, file format version 1.');

export type GraphFile = z.infer<typeof graphFileSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
