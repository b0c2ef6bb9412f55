import { BUILT_IN_EDGE_TYPES, BUILT_IN_NODE_TYPES, FOUNDED } from '../../graph/graph-model.ts';
import type { EdgeRecord, GraphFile } from '../../graph/graph-schema.ts';
import { multimapPush } from '../../graph/multimap.ts';
import type { Description, Neighbourhood } from './neighbourhood-facts.ts';
import { neighbourhoodLayout } from './neighbourhood-layout.ts';
import { linkEdge, relationType, roleEdge } from './sparql-edges.ts';
import type { Literal } from './sparql-literals.ts';
import { classLabel, entityLabel, entityRecord, typeClass, UNTYPED } from './sparql-nodes.ts';
import { LABEL_PROPERTIES, SCHEMA_DESCRIPTION, SKOS_ALT_LABEL } from './sparql-vocabulary.ts';
import { localName } from './sparql-text.ts';

/** Literals shown elsewhere (label, aliases, summary) are not repeated as attributes. */
const SHOWN: ReadonlySet<string> = new Set([...LABEL_PROPERTIES, SKOS_ALT_LABEL, SCHEMA_DESCRIPTION]);

function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** Later neighbourhoods describe an IRI again: the first description that has it wins, in expand order. */
function mergedDescriptions(neighbourhoods: readonly Neighbourhood[]): Map<string, Description> {
  const merged = new Map<string, Description>();
  for (const neighbourhood of neighbourhoods)
    for (const [iri, description] of neighbourhood.described) if (!merged.has(iri)) merged.set(iri, description);
  return merged;
}

function attributesOf(neighbourhood: Neighbourhood): Map<string, Literal[]> {
  const attributes = new Map<string, Literal[]>();
  for (const [property, literal] of neighbourhood.literals)
    if (!SHOWN.has(property)) multimapPush(attributes, localName(property), literal);
  return attributes;
}

/**
 * The loaded neighbourhoods, in the order they were expanded, as one graph file in format v1: entities
 * are nodes (ids are IRIs) with positions around the entity whose neighbourhood brought them, links and
 * roles are edges whose evidence is the triple and whose source is the endpoint. `parseGraph` then
 * checks it like any file, so every feature reads it the same way.
 */
export function sparqlGraphFile(
  endpoint: string,
  neighbourhoods: readonly Neighbourhood[],
  languages: readonly string[],
): GraphFile {
  const descriptions = mergedDescriptions(neighbourhoods);
  const edges = new Map<string, EdgeRecord>();
  const members = neighbourhoods.map((neighbourhood) => {
    const added = [
      ...neighbourhood.links.map((link) => linkEdge(link, endpoint)),
      ...neighbourhood.roles.map((role) => roleEdge(role, endpoint, languages)),
    ];
    for (const edge of added) if (!edges.has(edge.id)) edges.set(edge.id, edge);
    return { centre: neighbourhood.centre, members: added.flatMap((edge) => [edge.source, edge.target]) };
  });
  const positions = neighbourhoodLayout(members);
  const attributes = new Map(neighbourhoods.map((n) => [n.centre, attributesOf(n)] as const));
  const nodes = [...positions].map(([iri, position]) => ({
    ...entityRecord(iri, descriptions.get(iri), languages, attributes.get(iri)),
    position,
  }));

  const nodeTypes = new Map<string, { label: string }>();
  for (const node of nodes) {
    if (BUILT_IN_NODE_TYPES.has(node.type) || nodeTypes.has(node.type)) continue;
    const description = descriptions.get(node.id);
    const cls = typeClass(description, node.type);
    const label =
      node.type === UNTYPED
        ? 'Other'
        : cls === undefined
          ? node.type
          : classLabel(cls, descriptions.get(cls), languages);
    nodeTypes.set(node.type, { label });
  }
  const edgeTypes = new Map<string, { label: string; inverse: string }>();
  for (const neighbourhood of neighbourhoods)
    for (const { p } of neighbourhood.links) {
      const type = relationType(p);
      if (BUILT_IN_EDGE_TYPES.has(type) || edgeTypes.has(type)) continue;
      if (type === FOUNDED) edgeTypes.set(type, { label: 'founded', inverse: 'founded by' });
      else {
        const label = entityLabel(p, descriptions.get(p), languages);
        edgeTypes.set(type, { label, inverse: `${label} (inverse)` });
      }
    }
  return {
    version: 1,
    id: `sparql:${endpoint}`,
    title: `${endpointHost(endpoint)} (SPARQL)`,
    description: `Read from the SPARQL endpoint ${endpoint}, a neighbourhood at a time: ${String(neighbourhoods.length)} loaded.`,
    sources: [{ id: endpoint, title: `SPARQL endpoint ${endpointHost(endpoint)}`, url: endpoint }],
    nodeTypes: Object.fromEntries(nodeTypes),
    edgeTypes: Object.fromEntries(edgeTypes),
    nodes,
    edges: [...edges.values()],
  };
}
