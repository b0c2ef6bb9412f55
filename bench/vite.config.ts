import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the plain Cytoscape page (bench/plain/); bench/run.ts passes the output folder.
export default defineConfig({
  root: fileURLToPath(new URL('./plain/', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
