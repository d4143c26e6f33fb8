'use client';
// In the CMS's live preview pane, the page re-renders (server side, with the draft) each time
// the editor saves. The CMS runs on the same origin as the page, so that origin is Payload's.
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react';
import { useRouter } from 'next/navigation';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

export function LivePreviewRefresh() {
  const router = useRouter();
  // Only inside the CMS's frame: a preview opened in its own tab has nobody to listen to.
  const framed = useSyncExternalStore(
    noSubscription,
    () => window.parent !== window,
    () => false,
  );
  if (!framed) return null;
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={window.location.origin} />;
}
