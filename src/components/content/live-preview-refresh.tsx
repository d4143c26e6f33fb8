'use client';
// In the CMS's live preview pane, the page re-renders (server side, with the draft) each time
// the editor saves. Payload's protocol: the page says it is ready to its parent, the CMS posts
// a "payload-document-event" after each save. (@payloadcms/live-preview-react does the same,
// but its latest release trails our Payload version and Payload refuses mixed versions.)
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function LivePreviewRefresh() {
  const router = useRouter();
  useEffect(() => {
    // Only inside the CMS's frame, which is on our own origin.
    if (window.parent === window) return;
    const origin = window.location.origin;
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.origin !== origin || typeof data !== 'object' || data === null) return;
      if ((data as { type?: unknown }).type === 'payload-document-event') router.refresh();
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin);
    return () => window.removeEventListener('message', onMessage);
  }, [router]);
  return null;
}
