import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Files of public/ (favicon, manifest, icons), as site paths. */
function publicFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? publicFiles(full, base) : [`/${relative(base, full).split('\\').join('/')}`];
  });
}

/**
 * Builds /sw.js from src/pwa/service-worker.js with the list of files to precache: index.html,
 * every emitted chunk and stylesheet (i18n catalogues included) and the public files, not source
 * maps nor the pupils' voting page. Its version is a hash of that list, so each build replaces
 * the cache.
 */
function serviceWorker(): Plugin {
  return {
    name: 'medskapa-service-worker',
    apply: 'build',
    // After Vite's own plugins, so the HTML pages and stylesheets are in the bundle too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const emitted = Object.keys(bundle).filter((file) => !file.endsWith('.map') && file !== 'vote.html');
      const files = [...new Set(['/index.html', ...emitted.map((file) => `/${file}`), ...publicFiles(path('public'))])].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const source = readFileSync(path('src/pwa/service-worker.js'), 'utf8')
        .replace("'__MEDSKAPA_VERSION__'", JSON.stringify(version))
        .replace('__MEDSKAPA_PRECACHE__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: path('.'),
  plugins: [react(), votePageInDev(), serviceWorker()],
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
