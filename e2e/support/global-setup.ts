import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, startAppProcess } from './app-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, started once for the browser journeys. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  for (const built of ['api/dist/main.js', 'client/dist/index.html']) {
    if (!existsSync(join(REPO_ROOT, built))) throw new Error(`${built} is missing: run "npm run build" before the e2e tests`);
  }
  const app = await startAppProcess();
  project.provide('baseUrl', app.url);
  return async () => {
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
  };
}
