// The one-time link of a "Your data" request: a copy of the data, or its erasure.
import { EmailLayout, emailStyles as s } from './layout';

export interface PrivacyLinkEmailProps {
  action: 'export' | 'erase';
  url: string;
  /** e.g. "60 minutes". */
  validFor: string;
}

const COPY = {
  export: {
    heading: 'Your copy of your data',
    body: 'Open the link below to download everything we hold about this email address: your audits, messages, bookings, the emails we sent and the notes our team kept, with your PDF reports, in one archive.',
    button: 'Download my data',
  },
  erase: {
    heading: 'Erase your data',
    body: 'Open the link below to erase everything we hold about this email address. You will be asked to confirm; erasure cannot be undone, and any upcoming consultation is cancelled.',
    button: 'Erase my data',
  },
} as const;

export function PrivacyLinkEmail(props: PrivacyLinkEmailProps) {
  const copy = COPY[props.action];
  return (
    <EmailLayout preview={`${copy.button}: the link works once, for ${props.validFor}.`}>
      <h1 style={s.heading}>{copy.heading}</h1>
      <p style={s.paragraph}>{copy.body}</p>
      <p style={{ margin: '0 0 24px' }}>
        <a href={props.url} style={s.button}>
          {copy.button}
        </a>
      </p>
      <p style={s.muted}>
        The link works once and for {props.validFor}. If you did not ask for it, ignore this email: nothing happens
        without the link.
      </p>
    </EmailLayout>
  );
}
