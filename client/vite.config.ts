import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const SHARED_SOURCES = /[\\/]shared[\\/]src[\\/]/;

/** The API (NestJS) listens on 3001 in development; `npm run dev` starts both. */
const API = 'http://localhost:3001';

/** The pupils' voting page, /r/<shortCode>: its own small bundle (vote.html), not the main app. */
const VOTE_PAGE = /^\/r\/[^/]+\/?(?:\?.*)?$/;

/**
 * In `npm run dev`, /r/<shortCode> gets vote.html as in production (api/src/http/http-setup.ts);
 * Vite's own fallback would answer index.html. Runs before Vite's middlewares.
 */
function votePageInDev(): Plugin {
  return {
    name: 'medskapa-vote-page',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.method === 'GET' && req.url && VOTE_PAGE.test(req.url) && req.headers.accept?.includes('text/html')) {
          const query = req.url.indexOf('?');
          req.url = `/vote.html${query >= 0 ? req.url.slice(query) : ''}`;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: path('.'),
  plugins: [react(), votePageInDev()],
  resolve: {
    // The client bundles the TypeScript sources of the shared package (enums, locales, catalogues).
    alias: { '@medskapa/shared': path('../shared/src/index.ts') },
  },
  build: {
    outDir: path('dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // Two pages: the app, and the pupils' voting page with only what voting needs.
      input: { main: path('index.html'), vote: path('vote.html') },
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
