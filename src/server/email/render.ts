// React email components -> the HTML and plain-text parts of a message.
import 'server-only';
import { render } from '@react-email/render';
import type { ReactElement } from 'react';

export interface RenderedEmail {
  html: string;
  text: string;
}

export async function renderEmail(body: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}
