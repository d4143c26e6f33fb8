// Seeds what a fresh install needs: the first admin (printed once if its password was
// generated) and the CMS content (never overwriting an editor's work).
import { banner, step } from '../lib/log';

import { getPayload } from 'payload';
import config from '../../cms/payload.config';
import { seedAuditConfig } from '../../cms/seed/audit-config';
import { seedConsultationAvailability } from '../../cms/seed/consultation-availability';
import { seedServicePackages } from '../../cms/seed/service-packages';
import { seedSiteContent } from '../../cms/seed/site-content';
import { env } from '../../src/env';
import { ensureFirstAdmin } from '../../src/server/auth/staff-users';
import { db } from '../../src/server/db/client';
import { ensureLeads } from '../../src/server/leads/backfill';
import { withLauncherClient } from '../lib/migrations-status';
import { recordSeed } from '../lib/seed-status';

async function seedCms() {
  const payload = await getPayload({ config });
  try {
    step(`cms: audit configuration ${await seedAuditConfig(payload)}`);
    step(`cms: service packages ${await seedServicePackages(payload)}`);
    step(`cms: consultation availability ${await seedConsultationAvailability(payload)}`);
    const content = await seedSiteContent(payload);
    step(`cms: site content ${content.created} created, ${content.kept} kept`);
  } finally {
    await payload.destroy();
  }
}

try {
  const outcome = await ensureFirstAdmin(db, {
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    production: env.NODE_ENV === 'production',
  });
  if (outcome.kind === 'created' && outcome.generatedPassword) {
    banner([
      'First admin account created. This password is shown only once:',
      '',
      `  email:    ${outcome.email}`,
      `  password: ${outcome.generatedPassword}`,
      '',
      'Sign in at /admin/sign-in. Set ADMIN_EMAIL / ADMIN_PASSWORD to choose your own,',
      'or reset it later with: npm run staff -- reset-password --email <email>',
    ]);
  } else if (outcome.kind === 'created') {
    step(`admin ${outcome.email} created from ADMIN_EMAIL / ADMIN_PASSWORD`);
  } else if (outcome.kind === 'skipped') {
    step(`warning: ${outcome.reason}`);
  }
  await seedCms();
  // Audits, inquiries and bookings stored before leads existed become leads (idempotent).
  const leads = await ensureLeads(db);
  step(`leads: ${leads.audits} audits, ${leads.inquiries} inquiries, ${leads.bookings} bookings added`);
  // Last: a seed that failed half-way is run again by the next start.
  await withLauncherClient(env.DATABASE_URL, (client) => recordSeed(client));
} finally {
  await db.$disconnect();
}
// Payload and pg pools may hold the event loop open; this task is done.
process.exit(0);
