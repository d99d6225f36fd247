import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * A failed statement's error names the statement and not its values: knex would write every value into the message
 * (the register's names and addresses, a citizen's question), and Strapi logs that message.
 */
const noValuesInErrors = { compileSqlOnError: false } as const;

/** SQLite (embedded default) or PostgreSQL (production, several instances sharing one database). */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL') || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'thads'),
          user: env('DATABASE_USERNAME', 'thads'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false)
            ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
            : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
        ...noValuesInErrors,
      },
    };
  }

  if (client !== 'sqlite') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);

  return {
    connection: {
      client: 'sqlite',
      connection: {
        // Resolved from the cms folder so that an absolute DATABASE_FILENAME works too.
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      ...noValuesInErrors,
    },
  };
};
