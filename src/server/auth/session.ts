// The signed-in staff member for server components, route handlers and tRPC. NextAuth's jwt
// callback (options.ts) checks the staff_sessions row on every read, so an ended session (signed
// out, idle, past the absolute limit, account deactivated) comes back as null here.
import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { authOptions } from './options';

/** Once per server render: the layout, the page and tRPC's server caller share one check. */
export const getStaffSession = cache(() => getServerSession(authOptions));
