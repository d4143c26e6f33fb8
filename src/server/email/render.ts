// React email components -> the HTML and plain-text parts of a message.
import 'server-only';
import { render } from '@react-email/render';
import { createElement, type ReactElement } from 'react';
import { EmailSiteUrl } from './site-url-context';

export interface RenderedEmail {
  html: string;
  text: string;
}

/** siteUrl makes the footer link to the site's "Your data" page (every message carries it). */
export async function renderEmail(body: ReactElement, options: { siteUrl?: string } = {}): Promise<RenderedEmail> {
  const element = createElement(EmailSiteUrl.Provider, { value: options.siteUrl ?? null }, body);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
