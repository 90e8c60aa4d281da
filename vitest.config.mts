import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Tests run the TypeScript sources of the workspace packages, never their build output. */
const alias = {
  '@medskapa/shared': path('./shared/src/index.ts'),
  '@medskapa/migrations': path('./migrations/index.ts'),
  // One graphql instance: NestJS and Apollo load the CommonJS build, so tests must too.
  graphql: path('./node_modules/graphql/index.js'),
};

/** SWC emits the decorator metadata NestJS and TypeORM need (esbuild does not). */
const decorators = () =>
  swc.vite({
    module: { type: 'es6' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  });

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [decorators()],
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/src/**/*.spec.ts', 'api/src/**/*.spec.ts', 'migrations/**/*.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { '@medskapa/shared': alias['@medskapa/shared'] } },
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['client/src/**/*.spec.{ts,tsx}'],
          // A page render with its catalogues took just over the 5 s default once on a loaded
          // 2-core machine; this is a harness limit, not a performance assertion.
          testTimeout: 15_000,
        },
      },
      {
        plugins: [decorators()],
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['api/test/**/*.int-spec.ts'],
          globalSetup: ['api/test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/specs/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
