'use client';
// Where to send the results, with explicit consent to contact and to the privacy notice.
import Link from '@/components/ui/link';
import { TextField } from '@/components/ui/field';
import type { WizardAnswers } from './wizard-state';

export function ContactStep({
  answers,
  errors,
  onChange,
}: {
  answers: WizardAnswers;
  errors: Record<string, string>;
  onChange: (patch: Partial<WizardAnswers>) => void;
}) {
  const contact = answers.contactInfo;
  const setContact = (patch: Partial<WizardAnswers['contactInfo']>) =>
    onChange({ contactInfo: { ...contact, ...patch } });
  return (
    <div className="flex flex-col gap-5">
      <TextField
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={contact.email}
        error={errors['contactInfo.email']}
        onChange={(event) => setContact({ email: event.target.value })}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Phone (optional)"
          name="phone"
          type="tel"
          autoComplete="tel"
          value={contact.phone}
          error={errors['contactInfo.phone']}
          onChange={(event) => setContact({ phone: event.target.value })}
        />
        <TextField
          label="Company (optional)"
          name="company"
          autoComplete="organization"
          value={contact.company}
          error={errors['contactInfo.company']}
          onChange={(event) => setContact({ company: event.target.value })}
        />
      </div>
      <div className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4">
        <label className="flex items-start gap-3 text-sm text-ink">
          <input
            type="checkbox"
            checked={answers.consentContact}
            onChange={(event) => onChange({ consentContact: event.target.checked })}
            aria-invalid={errors.consentContact ? true : undefined}
            className="mt-0.5 h-4 w-4 accent-brand-600"
          />
          <span>I agree that XTeam.Pro may contact me about my audit results.</span>
        </label>
        {errors.consentContact && <p className="text-sm text-red-700">{errors.consentContact}</p>}
        <label className="flex items-start gap-3 text-sm text-ink">
          <input
            type="checkbox"
            checked={answers.consentPrivacy}
            onChange={(event) => onChange({ consentPrivacy: event.target.checked })}
            aria-invalid={errors.consentPrivacy ? true : undefined}
            className="mt-0.5 h-4 w-4 accent-brand-600"
          />
          <span>
            I have read the{' '}
            <Link href="/privacy" target="_blank" className="font-medium text-brand-700 underline">
              privacy notice
            </Link>{' '}
            and accept how my answers are processed.
          </span>
        </label>
        {errors.consentPrivacy && <p className="text-sm text-red-700">{errors.consentPrivacy}</p>}
      </div>
    </div>
  );
}
