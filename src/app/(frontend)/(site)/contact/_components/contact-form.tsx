'use client';
// The contact form: validated by the server's schema, with a honeypot field and a signed form
// token against bots (issued when the visitor starts filling the form in, so the server can tell
// how long it took); field errors next to their inputs, a clear success state.
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { rememberFirstTouch } from '@/lib/first-touch';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

interface Option {
  value: string;
  label: string;
}

const EMPTY = { name: '', email: '', company: '', message: '', website: '' };

export function ContactForm({ options, initialType }: { options: Option[]; initialType: string }) {
  const [fields, setFields] = useState(EMPTY);
  const [inquiryType, setInquiryType] = useState(initialType);
  const submit = api.contact.submit.useMutation();
  const issueToken = api.contact.formToken.useMutation();
  const token = useRef<Promise<string> | null>(null);
  // One token per message, requested when the visitor starts on the form.
  const ensureToken = () => (token.current ??= issueToken.mutateAsync().then((issued) => issued.token));
  // First-touch attribution for the lead: remembered on the first page with this form.
  useEffect(() => void rememberFirstTouch(), []);
  const error = seedErrorOf(submit.error);
  const errors = error?.fieldErrors ?? {};
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  if (submit.data) {
    const respondBy = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).format(
      new Date(submit.data.respondBy),
    );
    return (
      <div
        role="status"
        className="flex flex-col gap-4 rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8"
        data-testid="contact-success"
      >
        <h2 className="text-2xl font-bold text-ink">Thank you, your message is with us</h2>
        <p className="text-ink-muted">
          A consultant will get back to you by <strong className="text-ink">{respondBy}</strong>. We have sent a
          confirmation to <strong className="text-ink">{fields.email}</strong>.
        </p>
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              token.current = null;
              setFields(EMPTY);
              submit.reset();
            }}
          >
            Send another message
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-labelledby="contact-form-title"
      className="flex flex-col gap-5 rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8"
      onFocus={() => void ensureToken().catch(() => (token.current = null))}
      onSubmit={async (event) => {
        event.preventDefault();
        let formToken = '';
        try {
          formToken = await ensureToken();
        } catch {
          token.current = null;
        }
        const { utm, referrer } = rememberFirstTouch();
        submit.mutate({ ...fields, company: fields.company || null, inquiryType, formToken, utm, referrer });
      }}
    >
      <h2 id="contact-form-title" className="text-xl font-bold text-ink">
        Send us a message
      </h2>
      {error && !error.fieldErrors.name && !error.fieldErrors.email && !error.fieldErrors.message && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {error.message}
        </p>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={fields.name}
          error={errors.name}
          onChange={set('name')}
        />
        <TextField
          label="Work email"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={fields.email}
          error={errors.email}
          onChange={set('email')}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Company (optional)"
          name="company"
          autoComplete="organization"
          value={fields.company}
          error={errors.company}
          onChange={set('company')}
        />
        <SelectField
          label="What is it about?"
          name="inquiryType"
          value={inquiryType}
          onChange={(event) => setInquiryType(event.target.value)}
          options={options}
        />
      </div>
      <TextAreaField
        label="Your message"
        name="message"
        required
        rows={6}
        maxLength={5000}
        value={fields.message}
        onChange={set('message')}
        error={errors.message}
        hint={errors.message ? undefined : 'Which process, roughly how much volume, and what you would like to change.'}
      />
      {/* Hidden from people (and screen readers); bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website</label>
        <input
          id="website"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={fields.website}
          onChange={set('website')}
        />
      </div>
      <p className="text-sm text-ink-subtle">
        We use your details only to answer you. See our{' '}
        <a href="/privacy" className="font-medium text-brand-700 underline">
          privacy notice
        </a>
        .
      </p>
      <div>
        <Button type="submit" size="lg" disabled={submit.isPending}>
          {submit.isPending ? 'Sending…' : 'Send message'}
        </Button>
      </div>
    </form>
  );
}
