// Prisma CLI configuration: the JS schema engine over the pg driver adapter, so no engine
// binary is ever downloaded (see README "Prisma offline").
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

function poolConfigFromUrl(raw: string | undefined) {
  if (!raw) {
    throw new Error('DATABASE_URL is not set: run Prisma through `npm run db:migrate`, which provides one.');
  }
  const url = new URL(raw);
  // Discrete fields rather than a connection string: with a string, the adapter overrides the
  // shadow database name and `migrate dev` fails (P3006).
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  };
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    return new PrismaPg(poolConfigFromUrl(process.env.DATABASE_URL));
  },
});
