// To the visitor: their consultation is booked, moved or cancelled (with the calendar file).
import { EmailLayout, emailStyles as s } from './layout';

export type BookingChange = 'confirmed' | 'rescheduled' | 'cancelled';

export interface BookingConfirmationEmailProps {
  change: BookingChange;
  name: string;
  when: string;
  meetingDetails: string;
  manageUrl: string;
  bookAgainUrl: string;
}

const HEADINGS: Record<BookingChange, string> = {
  confirmed: 'Your consultation is booked',
  rescheduled: 'Your consultation has moved',
  cancelled: 'Your consultation is cancelled',
};

export function BookingConfirmationEmail(props: BookingConfirmationEmailProps) {
  const cancelled = props.change === 'cancelled';
  return (
    <EmailLayout preview={`${HEADINGS[props.change]}: ${props.when}`}>
      <h1 style={s.heading}>{HEADINGS[props.change]}</h1>
      <p style={s.paragraph}>Hello {props.name},</p>
      {cancelled ? (
        <p style={s.paragraph}>
          your consultation on <strong>{props.when}</strong> is cancelled. The attached calendar file removes it from
          your calendar. Whenever you are ready, pick a new time:
        </p>
      ) : (
        <>
          <p style={s.paragraph}>
            {props.change === 'confirmed' ? 'thank you for booking a consultation with XTeam.Pro. We' : 'we'} look
            forward to speaking with you on <strong>{props.when}</strong>.
          </p>
          <p style={s.paragraph}>{props.meetingDetails}</p>
          <p style={s.paragraph}>
            In 30 minutes we go through the processes that cost you the most time, what automating them could return,
            and an honest view of where to start. Nothing to prepare; if you took our AI audit, we bring your results.
          </p>
          <p style={s.muted}>The attached invitation (.ics) adds the consultation to your calendar.</p>
        </>
      )}
      <p style={{ margin: '24px 0' }}>
        <a href={cancelled ? props.bookAgainUrl : props.manageUrl} style={s.button}>
          {cancelled ? 'Book a new time' : 'Reschedule or cancel'}
        </a>
      </p>
      {!cancelled && (
        <p style={s.muted}>
          Keep this email: the button above is your personal link to move or cancel the consultation.
        </p>
      )}
    </EmailLayout>
  );
}
