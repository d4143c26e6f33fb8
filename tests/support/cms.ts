// The CMS's local API for tests: the same Payload config the app runs, on the run's database.
import config from '@payload-config';
import { getPayload, type Payload } from 'payload';
import sharp from 'sharp';
import { url } from './app';

let instance: Promise<Payload> | null = null;

export function cms(): Promise<Payload> {
  instance ??= getPayload({ config });
  return instance;
}

/** A small generated PNG uploaded to the media collection. */
export async function uploadTestImage(payload: Payload, alt: string): Promise<number> {
  const data = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#2645e6' } })
    .png()
    .toBuffer();
  const media = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `test-${Date.now()}.png`, size: data.length },
    overrideAccess: true,
  });
  return media.id;
}

/** Polls a page until `check` passes; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function waitForPage(
  path: string,
  check: (response: { status: number; body: string }) => boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  let last = { status: 0, body: '' };
  while (Date.now() - started < timeoutMs) {
    const response = await fetch(url(path), { cache: 'no-store' });
    last = { status: response.status, body: await response.text() };
    if (check(last)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} did not reach the expected state within ${timeoutMs} ms (last status ${last.status})`);
}

/** Rich text with one paragraph, as the CMS editor stores it. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
        },
      ],
    },
  };
}
