// Page-level checks for the staff area (the proxy is only a first gate): a session whose role has
// the capability, else a redirect to sign in or to where the role works.
import 'server-only';
import { redirect } from 'next/navigation';
import { can, homeFor, type Capability } from './roles';
import { getStaffSession } from './session';

export async function requireStaff(capability: Capability, currentPath: string) {
  const session = await getStaffSession();
  if (!session?.user) redirect(`/admin/sign-in?callbackUrl=${encodeURIComponent(currentPath)}`);
  if (!can(session.user.role, capability)) redirect(`${homeFor(session.user.role)}?denied=${capability}`);
  return session;
}
