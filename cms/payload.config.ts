// Payload CMS, embedded in the Next app: admin UI at /cms, REST at /api/cms, data in the
// PostgreSQL schema "payload" (Prisma owns "public"), changed only through migrations.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAdapter, type PostgresAdapterArgs } from '@payloadcms/db-postgres';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { env } from '../src/env';
import { can } from '../src/server/auth/roles';
import { guardedPg } from '../src/server/db/guarded-pg';
import { CaseStudies } from './collections/CaseStudies';
import { Categories } from './collections/Categories';
import { Experiments } from './collections/Experiments';
import { Media } from './collections/Media';
import { Posts } from './collections/Posts';
import { ServicePackages } from './collections/ServicePackages';
import { Solutions } from './collections/Solutions';
import { TeamMembers } from './collections/TeamMembers';
import { Testimonials } from './collections/Testimonials';
import { Users } from './collections/Users';
import { AuditConfig } from './globals/AuditConfig';
import { ConsultationAvailability } from './globals/ConsultationAvailability';
import { SiteSettings } from './globals/SiteSettings';

const staffOnly = ({ req }: { req: { user?: { role?: string | null } | null } }) => can(req.user?.role, 'cms');

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  // No serverURL: Payload then writes relative media URLs, so the CMS's thumbnails load from
  // whichever of the site's names the editor uses (absolute SITE_URL ones broke the CSP's
  // img-src 'self' on 127.0.0.1). Absolute links are built where they are needed.
  routes: { admin: '/cms', api: '/api/cms' },
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
      importMapFile: path.resolve(dirname, '../src/app/(payload)/cms/importMap.js'),
    },
    meta: {
      titleSuffix: ' · XTeam.Pro CMS',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }],
    },
    // Gravatar would be a third-party request, blocked by our CSP anyway.
    avatar: 'default',
    components: {
      logout: { Button: '/components/sign-out-button#SignOutButton' },
      graphics: { Logo: '/components/brand-mark#BrandLogo', Icon: '/components/brand-mark#BrandIcon' },
    },
  },
  collections: [
    Posts,
    Categories,
    CaseStudies,
    Solutions,
    TeamMembers,
    Testimonials,
    ServicePackages,
    Experiments,
    Media,
    Users,
  ],
  globals: [SiteSettings, AuditConfig, ConsultationAvailability],
  // Scheduled publishing runs as Payload jobs; the app server runs them in-process every
  // minute (src/instrumentation.ts initialises Payload with its crons).
  jobs: {
    access: { run: staffOnly, queue: staffOnly, cancel: staffOnly },
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    deleteJobOnComplete: true,
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL, max: 5, application_name: 'xteam-cms' },
    // A Pool that hears its idle connections die when PostgreSQL restarts (no crash). The
    // adapter bundles its own copy of pg's types, hence the cast to its spelling of the module.
    pg: guardedPg as unknown as PostgresAdapterArgs['pg'],
    schemaName: 'payload',
    migrationDir: path.resolve(dirname, 'migrations'),
    push: false,
  }),
  sharp,
  telemetry: false,
  // Generated on purpose (`npm run cms:types`), never as a side effect: outside production every
  // Payload start (tests, seeding, scripts) spawned `payload generate:types` (a minute of CPU in
  // a test run) and rewrote this checked-in file under the running tests.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: { disable: true },
});
