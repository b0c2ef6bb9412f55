import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { bundledLayouts } from './scripts/bundled-layouts.ts';
import { preloadAppChunk } from './scripts/preload-app-chunk.ts';
import { preloadDefaultGraph } from './scripts/preload-default-graph.ts';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of any static host.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    bundledLayouts(),
    preloadDefaultGraph(loadEnv(mode, process.cwd(), 'VITE_').VITE_DEFAULT_GRAPH),
    preloadAppChunk('/src/app-start.tsx'),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
}));
