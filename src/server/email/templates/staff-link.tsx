// The one-time set-password link of a staff account: an invitation, or a password reset.
import { EmailLayout, emailStyles as s } from './layout';

export interface StaffLinkEmailProps {
  kind: 'invite' | 'reset';
  url: string;
  email: string;
  /** The account's role, in words (invitations). */
  role?: string;
  /** e.g. "72 hours". */
  validFor: string;
}

export function StaffLinkEmail(props: StaffLinkEmailProps) {
  const invite = props.kind === 'invite';
  const button = invite ? 'Choose my password' : 'Choose a new password';
  return (
    <EmailLayout preview={`${button}: the link works once, for ${props.validFor}.`}>
      <h1 style={s.heading}>{invite ? 'You are invited to the XTeam.Pro staff area' : 'Reset your password'}</h1>
      <p style={s.paragraph}>
        {invite
          ? `An admin created a staff account for ${props.email}${props.role ? ` with the role ${props.role}` : ''}. Open the link below to choose your password; then sign in with this email address.`
          : `Someone asked to reset the password of the staff account ${props.email}. Open the link below to choose a new one; every session of the account ends when you do.`}
      </p>
      <p style={{ margin: '0 0 24px' }}>
        <a href={props.url} style={s.button}>
          {button}
        </a>
      </p>
      <p style={s.muted}>
        The link works once and for {props.validFor}. Nobody else sees your password, and we will never ask you for it.{' '}
        {invite
          ? 'If you did not expect this invitation, ignore this email.'
          : 'If you did not ask for this, ignore this email: your password stays as it is.'}
      </p>
    </EmailLayout>
  );
}
