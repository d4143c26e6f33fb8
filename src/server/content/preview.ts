// Draft preview: only a signed-in CMS editor with draft mode on (set by /api/preview) sees
// unpublished content. Checked on every render, so a leaked cookie alone reveals nothing.
import 'server-only';
import { draftMode } from 'next/headers';
import { canUseCms } from '@/server/auth/roles';
import { getStaffSession } from '@/server/auth/session';

export async function isPreviewing(): Promise<boolean> {
  const mode = await draftMode();
  if (!mode.isEnabled) return false;
  const session = await getStaffSession();
  return canUseCms(session?.user?.role);
}
