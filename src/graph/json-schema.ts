import { z } from 'zod';
import { graphFileSchema } from './graph-schema.ts';

/**
 * The JSON Schema of the graph file format, generated from the zod schema so the two cannot drift.
 * Written to `graph-data/knowledge-graph.schema.json` by `npm run schema`.
 */
export function graphFileJsonSchema(): string {
  const schema = z.toJSONSchema(graphFileSchema, { target: 'draft-2020-12', io: 'input' });
  const withId = {
    ...schema,
    $id: 'https://kg-explorer.invalid/knowledge-graph.schema.json',
    title: 'kg-explorer knowledge graph, version 1',
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}
