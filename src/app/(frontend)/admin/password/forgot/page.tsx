// "Forgot password": a staff member asks for a reset link by email.
import type { Metadata } from 'next';
import { AccountCard } from '../_components/account-card';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot password', robots: { index: false, follow: false } };

export default function ForgotPasswordPage() {
  return (
    <AccountCard
      title="Forgot your password?"
      intro="Enter the email address of your staff account. We will email you a link to choose a new password."
    >
      <ForgotPasswordForm />
    </AccountCard>
  );
}
