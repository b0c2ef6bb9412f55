// First: asks for the graph file before anything else is evaluated (src/boot-prefetch.ts).
import './boot-prefetch.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/shell/App.tsx';
import { bundledGraphSource } from './sources/bundled-graphs.ts';
import './ui/shell/app.css';
import './ui/shell/dark-theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App source={bundledGraphSource} />
  </StrictMode>,
);
