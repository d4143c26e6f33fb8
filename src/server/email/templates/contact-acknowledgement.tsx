// To someone who wrote through the contact form: we have it, and when they will hear from us.
import { EmailLayout, emailStyles as s } from './layout';

export interface ContactAcknowledgementEmailProps {
  name: string;
  inquiryLabel: string;
  message: string;
  /** "a call" or "a reply", and the day by which it comes. */
  nextStep: string;
  respondBy: string;
  consultationUrl: string;
}

export function ContactAcknowledgementEmail(props: ContactAcknowledgementEmailProps) {
  return (
    <EmailLayout preview={`We have your message and will get back to you by ${props.respondBy}.`}>
      <h1 style={s.heading}>Thank you, {props.name}</h1>
      <p style={s.paragraph}>
        We have received your message about <strong>{props.inquiryLabel.toLowerCase()}</strong>. A consultant reads
        every message personally: expect {props.nextStep} from us by <strong>{props.respondBy}</strong>.
      </p>
      <p style={{ ...s.muted, whiteSpace: 'pre-wrap', borderLeft: `3px solid ${s.colors.line}`, paddingLeft: '12px' }}>
        {props.message}
      </p>
      <p style={s.paragraph}>Prefer to pick a time yourself? Book a 30-minute consultation directly:</p>
      <p style={{ margin: '0 0 24px' }}>
        <a href={props.consultationUrl} style={s.button}>
          Book a consultation
        </a>
      </p>
      <p style={s.muted}>You receive this email because you wrote to us through xteam.pro. Reply to add anything.</p>
    </EmailLayout>
  );
}
