import { bundledGraphSource } from './sources/bundled-graphs.ts';
import { prefetchLinkedGraph } from './view/prefetch-link.ts';

// main.tsx's first import, so this runs before React's modules are even evaluated: the graph file the
// link names (or the default graph) is asked for as early as the page's code can ask for anything.
prefetchLinkedGraph(bundledGraphSource, window.location.hash);
