// Confirms an erasure: what was removed. Sent to the address whose data is gone, and itself
// stripped from the outbox once delivered (see email/deliver.ts).
import { EmailLayout, emailStyles as s } from './layout';

export interface PrivacyReceiptEmailProps {
  /** Human lines such as "2 audits with their answers, results and reports". */
  removed: string[];
  cancelledConsultations: number;
  when: string;
}

export function PrivacyReceiptEmail(props: PrivacyReceiptEmailProps) {
  return (
    <EmailLayout preview="Your data has been erased.">
      <h1 style={s.heading}>Your data has been erased</h1>
      <p style={s.paragraph}>On {props.when} (UTC) we erased everything we held about this email address:</p>
      {props.removed.length ? (
        <ul style={{ ...s.paragraph, paddingLeft: '20px' }}>
          {props.removed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p style={s.paragraph}>We held nothing about it by then.</p>
      )}
      {props.cancelledConsultations > 0 && (
        <p style={s.paragraph}>
          {props.cancelledConsultations === 1
            ? 'Your upcoming consultation was cancelled.'
            : `Your ${props.cancelledConsultations} upcoming consultations were cancelled.`}
        </p>
      )}
      <p style={s.muted}>
        Website statistics keep counting the visits, with nothing that leads back to you. This email is removed from our
        systems once it has been handed to our email provider.
      </p>
    </EmailLayout>
  );
}
