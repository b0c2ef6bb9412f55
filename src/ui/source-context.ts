import { createContext } from 'react';
import type { GraphSource } from '../sources/graph-source.ts';

/** Where the open graph came from, for the parts of the UI that ask it more than the file (the canvas's precomputed layouts). */
export const GraphSourceContext = createContext<GraphSource | null>(null);
