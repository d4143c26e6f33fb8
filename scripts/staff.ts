// `npm run staff -- <command>`: manage staff accounts from a terminal.
//   create --email <email> --role admin|editor|sales [--password <password>]
//   reset-password --email <email> [--password <password>]
//   list
// Without --password a strong one is generated and printed once.
import { parseArgs } from 'node:util';
import { banner } from './lib/log';
import { databaseForCommand } from './lib/cli-database';
import type { StaffRole } from '../src/server/auth/roles';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
});
const command = positionals[0];

const database = await databaseForCommand();

const { db } = await import('../src/server/db/client');
const staff = await import('../src/server/auth/staff-users');
const { generatePassword } = await import('../src/server/auth/password');

let exitCode = 0;
try {
  if (command === 'list') {
    const users = await db.adminUser.findMany({ orderBy: { createdAt: 'asc' } });
    for (const user of users) console.log(`${user.email}\t${user.role}\t${user.isActive ? 'active' : 'inactive'}`);
  } else if (command === 'create' || command === 'reset-password') {
    if (!values.email) throw new Error('--email is required');
    const password = values.password ?? generatePassword();
    if (command === 'create') {
      await staff.createStaffUser(db, {
        email: values.email,
        role: (values.role ?? 'editor') as StaffRole,
        password,
      });
    } else {
      await staff.setStaffPassword(db, values.email, password);
    }
    if (values.password) console.log(`${command === 'create' ? 'Created' : 'Updated'} ${values.email}`);
    else banner([`${values.email}`, `password: ${password}`, 'Shown once: store it in your password manager.']);
  } else {
    console.error(
      'Usage: npm run staff -- create|reset-password|list [--email e] [--role admin|editor|sales] [--password p]',
    );
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
