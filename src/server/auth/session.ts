// The signed-in staff member for server components, route handlers and tRPC. NextAuth's jwt
// callback (options.ts) checks the staff_sessions row on every read, so an ended session (signed
// out, idle, past the absolute limit, account deactivated) comes back as null here.
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

export function getStaffSession() {
  return getServerSession(authOptions);
}
