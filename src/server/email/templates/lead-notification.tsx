// To the sales inbox: a new audit lead with the facts needed to prioritise it.
import { EmailLayout, emailStyles as s } from './layout';

export interface LeadNotificationEmailProps {
  company: string | null;
  email: string;
  phone: string | null;
  industry: string;
  companySize: string;
  score: number;
  tier: string;
  annualSavings: string;
  paybackMonths: string;
  painPoints: string[];
  resultsUrl: string;
}

export function LeadNotificationEmail(props: LeadNotificationEmailProps) {
  const rows: [string, string][] = [
    ['Company', props.company ?? '(not given)'],
    ['Email', props.email],
    ['Phone', props.phone ?? '(not given)'],
    ['Industry', props.industry],
    ['Company size', props.companySize],
    ['Maturity', `${props.score}/100 (${props.tier})`],
    ['Expected savings', `${props.annualSavings} per year`],
    ['Payback', props.paybackMonths],
    ['Pain points', props.painPoints.join('; ') || '(none)'],
  ];
  return (
    <EmailLayout preview={`New audit lead: ${props.company ?? props.email}, ${props.score}/100`}>
      <h1 style={s.heading}>New audit lead: {props.company ?? props.email}</h1>
      <div style={{ marginBottom: '20px' }}>
        {rows.map(([label, value]) => (
          <p key={label} style={{ ...s.paragraph, margin: '0 0 6px' }}>
            <span style={{ color: s.colors.muted }}>{label}: </span>
            <strong>{value}</strong>
          </p>
        ))}
      </div>
      <p style={{ margin: '0 0 16px' }}>
        <a href={props.resultsUrl} style={s.button}>
          Open the results
        </a>
      </p>
      <p style={s.muted}>Sent by the website when the audit was completed.</p>
    </EmailLayout>
  );
}
