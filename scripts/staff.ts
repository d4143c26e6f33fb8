// `npm run staff -- <command>`: manage staff accounts from a terminal, with the same rules as
// /admin/staff (the last active admin stays; every change goes to the staff log, "by: command line").
//   create --email <email> --role admin|editor|sales [--password <password>]
//   invite --email <email> --role admin|editor|sales      emails a one-time set-password link
//   role --email <email> --role admin|editor|sales
//   deactivate --email <email>                             ends every session at once
//   reactivate --email <email>
//   reset-link --email <email>                             emails a one-time link and prints it
//   reset-password --email <email> [--password <password>]
//   list
// Without --password a strong one is generated and printed once. Passwords follow the site's
// rules: at least 12 characters, not on the breached-password list.
import { parseArgs } from 'node:util';
import { banner } from './lib/log';
import { databaseForCommand } from './lib/cli-database';
import { isStaffRole, type StaffRole } from '../src/server/auth/roles';

const USAGE =
  'Usage: npm run staff -- create|invite|role|deactivate|reactivate|reset-link|reset-password|list [--email e] [--role admin|editor|sales] [--password p]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
});
const command = positionals[0];

const database = await databaseForCommand();

const { db } = await import('../src/server/db/client');
const staff = await import('../src/server/auth/staff-users');
const { generatePassword } = await import('../src/server/auth/password');
const service = await import('../src/server/staff/service');
const { sendStaffLink, setPasswordPath } = await import('../src/server/staff/links');
const { recordStaffEvent } = await import('../src/server/staff/events');
const { env } = await import('../src/env');

const cli = { actor: null, clientIp: null };

function requireEmail(): string {
  if (!values.email) throw new Error('--email is required');
  return values.email.trim().toLowerCase();
}

function requireRole(): StaffRole {
  if (!isStaffRole(values.role)) throw new Error('--role must be admin, editor or sales');
  return values.role;
}

async function accountId(email: string): Promise<string> {
  const user = await db.adminUser.findUnique({ where: { email } });
  if (!user) throw new Error(`No staff account has the email ${email}`);
  return user.id;
}

let exitCode = 0;
try {
  if (command === 'list') {
    for (const user of await service.listStaff(db)) console.log(`${user.email}\t${user.role}\t${user.status}`);
  } else if (command === 'create' || command === 'reset-password') {
    const email = requireEmail();
    const password = values.password ?? generatePassword();
    if (command === 'create') {
      await staff.createStaffUser(db, { email, role: (values.role ?? 'editor') as StaffRole, password });
    } else {
      await staff.setStaffPassword(db, email, password);
    }
    if (values.password) console.log(`${command === 'create' ? 'Created' : 'Updated'} ${email}`);
    else banner([email, `password: ${password}`, 'Shown once: store it in your password manager.']);
  } else if (command === 'invite') {
    const result = await service.inviteStaff(db, { email: requireEmail(), role: requireRole() }, cli);
    console.log(`Invited ${result.user.email}: the set-password link is in the outbox.`);
  } else if (command === 'role') {
    const result = await service.changeRole(db, { id: await accountId(requireEmail()), role: requireRole() }, cli);
    console.log(
      result.changed ? `${values.email} is now ${result.role}` : `${values.email} was ${result.role} already`,
    );
  } else if (command === 'deactivate' || command === 'reactivate') {
    const active = command === 'reactivate';
    const result = await service.setActive(db, { id: await accountId(requireEmail()), active }, cli);
    console.log(`${values.email} ${result.changed ? 'is now' : 'was already'} ${active ? 'active' : 'deactivated'}`);
  } else if (command === 'reset-link') {
    const email = requireEmail();
    const user = await db.adminUser.findUnique({ where: { email } });
    if (!user) throw new Error(`No staff account has the email ${email}`);
    if (!user.isActive) throw new Error(`${email} is deactivated: reactivate it first`);
    const kind = user.passwordHash ? 'reset' : 'invite';
    const link = await sendStaffLink(db, user, kind);
    await recordStaffEvent(db, {
      action: kind === 'invite' ? 'invitation_resent' : 'reset_link_sent',
      actor: null,
      target: user,
    });
    // Printed for the operator at the server (e.g. no email provider yet); it works once.
    banner([
      `${kind === 'invite' ? 'Invitation' : 'Reset'} link for ${email} (also emailed):`,
      new URL(setPasswordPath(link.token), env.SITE_URL).toString(),
      `Works once, until ${link.expiresAt.toISOString()}.`,
    ]);
  } else {
    console.error(USAGE);
    exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
