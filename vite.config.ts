import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledLayouts } from './scripts/bundled-layouts.ts';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), bundledLayouts()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
});
