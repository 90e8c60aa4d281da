import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config';
import { DatabaseUnreachableError } from './database/database-bootstrap';
import { startServer } from './server';

async function main(): Promise<void> {
  const logger = new Logger('Medskapa');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    if (error instanceof DatabaseUnreachableError) {
      logger.error(error.message);
    } else {
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  }
  logger.log(`Medskapa is ready on ${server.url} (GraphQL at ${server.url}/graphql)`);

  const shutdown = (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
