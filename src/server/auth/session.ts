// The signed-in staff member for server components, route handlers and tRPC.
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

export function getStaffSession() {
  return getServerSession(authOptions);
}
