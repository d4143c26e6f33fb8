'use client';
// Swagger UI from swagger-ui-dist, loaded from our origin (/developers-assets) with the page's
// CSP nonce; it fetches /api/openapi.json and renders it in place.
import Script from 'next/script';
import { useEffect, useRef, useState } from 'react';
import 'swagger-ui-dist/swagger-ui.css';

type SwaggerUiBundle = (options: Record<string, unknown>) => unknown;

export function ApiReference({ nonce }: { nonce?: string }) {
  const target = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const bundle = (window as unknown as { SwaggerUIBundle?: SwaggerUiBundle }).SwaggerUIBundle;
    if (!loaded || !bundle || !target.current) return;
    bundle({
      url: '/api/openapi.json',
      domNode: target.current,
      deepLinking: true,
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
      tryItOutEnabled: false,
      validatorUrl: null,
    });
  }, [loaded]);

  return (
    <>
      <Script
        src="/developers-assets/swagger-ui-bundle.js"
        nonce={nonce}
        strategy="afterInteractive"
        onReady={() => setLoaded(true)}
        onError={() => setFailed(true)}
      />
      {failed ? (
        <p role="alert" className="p-6 text-red-700">
          The reference could not load. The document is at /api/openapi.json.
        </p>
      ) : null}
      {!loaded && !failed ? (
        <p className="p-6 text-ink-muted" aria-live="polite">
          Loading the API reference…
        </p>
      ) : null}
      <div ref={target} data-testid="api-reference" />
    </>
  );
}
