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
      <table role="presentation" cellPadding={0} cellSpacing={0} style={{ marginBottom: '20px' }}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <td style={s.cellLabel}>{label}</td>
              <td style={s.cellValue}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ ...s.paragraph, whiteSpace: 'pre-wrap' }}>{props.message}</p>
      <p style={s.muted}>
        Sent by the website&apos;s contact form. Reply to this email to answer {props.name} directly.
      </p>
    </EmailLayout>
  );
}
