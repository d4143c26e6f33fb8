// React email components -> the HTML and plain-text parts of a message.
import 'server-only';
import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { YOUR_DATA_PLACEHOLDER } from './templates/layout';

export interface RenderedEmail {
  html: string;
  text: string;
}

/**
 * siteUrl completes the link every footer carries to the "Your data" page. Templates render a
 * placeholder address instead of reading configuration (React context is not available to
 * server components, where emails are also rendered).
 */
export async function renderEmail(body: ReactElement, options: { siteUrl: string }): Promise<RenderedEmail> {
  const yourData = new URL('/your-data', options.siteUrl).toString();
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return {
    html: html.replaceAll(YOUR_DATA_PLACEHOLDER, yourData),
    text: text.replaceAll(YOUR_DATA_PLACEHOLDER, yourData),
  };
}
