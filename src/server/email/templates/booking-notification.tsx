// To the sales inbox: a consultation was booked, moved or cancelled.
import type { BookingChange } from './booking-confirmation';
import { EmailLayout, emailStyles as s } from './layout';

export interface BookingNotificationEmailProps {
  change: BookingChange;
  name: string;
  email: string;
  company: string | null;
  when: string;
  notes: string | null;
  auditUrl: string | null;
}

const TITLES: Record<BookingChange, string> = {
  confirmed: 'New consultation',
  rescheduled: 'Consultation moved',
  cancelled: 'Consultation cancelled',
};

export function BookingNotificationEmail(props: BookingNotificationEmailProps) {
  const rows: [string, string][] = [
    ['When', props.when],
    ['Name', props.name],
    ['Email', props.email],
    ['Company', props.company ?? '(not given)'],
    ['Notes', props.notes ?? '(none)'],
  ];
  return (
    <EmailLayout preview={`${TITLES[props.change]}: ${props.name}, ${props.when}`}>
      <h1 style={s.heading}>
        {TITLES[props.change]}: {props.name}
      </h1>
      <div style={{ marginBottom: '20px' }}>
        {rows.map(([label, value]) => (
          <p key={label} style={{ ...s.paragraph, margin: '0 0 6px' }}>
            <span style={{ color: s.colors.muted }}>{label}: </span>
            <strong>{value}</strong>
          </p>
        ))}
      </div>
      {props.auditUrl && (
        <p style={{ margin: '0 0 16px' }}>
          <a href={props.auditUrl} style={s.button}>
            Open their audit results
          </a>
        </p>
      )}
      <p style={s.muted}>
        {props.change === 'cancelled'
          ? 'A follow-up to offer another time is on the lead.'
          : 'The consultation is on the lead as a follow-up at this time.'}
      </p>
    </EmailLayout>
  );
}
