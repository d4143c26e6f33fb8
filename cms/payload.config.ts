// Payload CMS, embedded in the Next app: admin UI at /cms, REST at /api/cms, data in the
// PostgreSQL schema "payload" (Prisma owns "public"), changed only through migrations.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { env } from '../src/env';
import { ServicePackages } from './collections/ServicePackages';
import { Users } from './collections/Users';
import { AuditConfig } from './globals/AuditConfig';
import { ConsultationAvailability } from './globals/ConsultationAvailability';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SITE_URL,
  routes: { admin: '/cms', api: '/api/cms' },
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
      importMapFile: path.resolve(dirname, '../src/app/(payload)/cms/importMap.js'),
    },
    meta: { titleSuffix: ' · XTeam.Pro CMS' },
    // Gravatar would be a third-party request, blocked by our CSP anyway.
    avatar: 'default',
    components: {
      logout: { Button: '/components/sign-out-button#SignOutButton' },
    },
  },
  collections: [Users, ServicePackages],
  globals: [AuditConfig, ConsultationAvailability],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL, max: 5 },
    schemaName: 'payload',
    migrationDir: path.resolve(dirname, 'migrations'),
    push: false,
  }),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disable: true },
});
