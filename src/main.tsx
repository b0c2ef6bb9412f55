import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App.tsx';
import { bundledGraphSource } from './sources/bundled-graphs.ts';
import { prefetchLinkedGraph } from './view/prefetch-link.ts';
import './ui/shell/app.css';
import './ui/shell/dark-theme.css';

// The graph file is fetched while React starts, not after its first render.
prefetchLinkedGraph(bundledGraphSource, window.location.hash);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App source={bundledGraphSource} />
  </StrictMode>,
);
