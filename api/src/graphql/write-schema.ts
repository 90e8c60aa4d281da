import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildSchemaSdl, SCHEMA_FILE } from './schema-sdl';

/** `npm run schema`: rewrites api/schema.graphql from the code. Commit the result. */
buildSchemaSdl()
  .then((sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
