// To the sales inbox: a new contact inquiry and what to do with it by when.
import { EmailLayout, emailStyles as s } from './layout';

export interface ContactNotificationEmailProps {
  name: string;
  email: string;
  company: string | null;
  inquiryLabel: string;
  message: string;
  nextAction: string;
  dueBy: string;
}

export function ContactNotificationEmail(props: ContactNotificationEmailProps) {
  const rows: [string, string][] = [
    ['Name', props.name],
    ['Email', props.email],
    ['Company', props.company ?? '(not given)'],
    ['Type', props.inquiryLabel],
    ['Next step', `${props.nextAction} by ${props.dueBy}`],
  ];
  return (
    <EmailLayout preview={`New inquiry from ${props.name}: ${props.inquiryLabel}`}>
      <h1 style={s.heading}>
        New inquiry: {props.name}
        {props.company ? ` (${props.company})` : ''}
      </h1>
      <div style={{ marginBottom: '20px' }}>
        {rows.map(([label, value]) => (
          <p key={label} style={{ ...s.paragraph, margin: '0 0 6px' }}>
            <span style={{ color: s.colors.muted }}>{label}: </span>
            <strong>{value}</strong>
          </p>
        ))}
      </div>
      <p style={{ ...s.paragraph, whiteSpace: 'pre-wrap' }}>{props.message}</p>
      <p style={s.muted}>
        Sent by the website&apos;s contact form. Reply to this email to answer {props.name} directly.
      </p>
    </EmailLayout>
  );
}
