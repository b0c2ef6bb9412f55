import { detectFormat } from '../formats/detect-format.ts';
import { isObject } from '../formats/raw-graph.ts';
import { buildGraph } from '../graph/build-graph.ts';
import type { Graph } from '../graph/graph-model.ts';
import type { GraphFile } from '../graph/graph-schema.ts';
import type { ReadRequest } from './read-graph.ts';

/**
 * The graph of a format-v1 file, built on the page while the parse worker checks the same file:
 * copying a 20,000-node graph from the worker costs the page more than building it from the text,
 * and the building overlaps the checking. The same steps as `readGraph` takes for format v1 (the id
 * from where the file came from, `buildGraph`), minus the checks and the limits, so it is only ever
 * used once the worker says the file passed as it was: a file the worker refuses stays refused, and
 * one whose text the worker had to cut is built by the worker. Undefined for anything it cannot build
 * (another format, broken JSON, a shape `buildGraph` trips on): the page asks the worker for its
 * graph then.
 */
export function graphInPage(request: ReadRequest): Graph | undefined {
  const [file, ...more] = request.files;
  if (!file || more.length > 0) return undefined;
  try {
    const detected = detectFormat(file.text.replace(/^\uFEFF/, ''), (json) => JSON.parse(json) as unknown);
    if (detected.format !== 'v1' || !isObject(detected.value)) return undefined;
    return buildGraph({ ...detected.value, id: request.identity.id } as GraphFile);
  } catch {
    return undefined;
  }
}
