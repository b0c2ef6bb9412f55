// The page's first script, kept small: it asks for the graph file (src/boot-prefetch.ts) as soon as it
// runs, while the explorer's own code (src/app-start.tsx, its own chunk, which index.html preloads
// alongside this one: scripts/preload-app-chunk.ts) is still arriving and compiling. With both in one
// chunk, the file was asked for only once the whole explorer had been compiled.
import './boot-prefetch.ts';
import './ui/shell/app.css';
import './ui/shell/dark-theme.css';
import { showStartFailure } from './start-failure.ts';

import('./app-start.tsx').catch(showStartFailure);
