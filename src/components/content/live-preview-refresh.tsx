'use client';
// In the CMS's live preview pane, the page re-renders (server side, with the draft) each time
// the editor saves. The CMS runs on the same origin as the page, so that origin is Payload's.
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

export function LivePreviewRefresh() {
  const router = useRouter();
  const [origin, setOrigin] = useState<string | null>(null);
  // Only inside the CMS's frame: a preview opened in its own tab has nobody to listen to.
  useEffect(() => {
    if (window.parent !== window) setOrigin(window.location.origin);
  }, []);
  if (!origin) return null;
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />;
}
