import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const SHARED_SOURCES = /[\\/]shared[\\/]src[\\/]/;

/** The API (NestJS) listens on 3001 in development; `npm run dev` starts both. */
const API = 'http://localhost:3001';

export default defineConfig({
  root: path('.'),
  plugins: [react()],
  resolve: {
    // The client bundles the TypeScript sources of the shared package (enums, locales, catalogues).
    alias: { '@medskapa/shared': path('../shared/src/index.ts') },
  },
  build: {
    outDir: path('dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The shared package is declarations only (enums, constants, zod schemas): a module of
        // it whose exports the client does not use can go, zod with it.
        moduleSideEffects: (id: string) => !SHARED_SOURCES.test(id),
      },
    },
  },
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      '/graphql': API,
      '/health': API,
      // e-ID sign-in: a full-page navigation to the API, which redirects to the provider and back.
      '/auth': API,
    },
  },
  preview: { port: 3000 },
});
