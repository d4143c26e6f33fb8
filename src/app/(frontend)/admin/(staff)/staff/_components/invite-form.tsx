'use client';
// Invite a colleague by email: the account is created without a password and its owner gets a
// one-time link to choose one. The admin never sees a password.
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { seedErrorOf } from '@/lib/seed-error';
import { ROLE_LABELS, STAFF_ROLES } from '@/server/auth/roles';
import { createStaffInput } from '@/server/staff/schema';
import { api } from '@/trpc/react';
import { useDatePrefs } from '../../_components/staff-time';
import { formatDateTime } from '@/domain/format/dates';

export function InviteForm({ onInvited }: { onInvited: (message: string) => void }) {
  const utils = api.useUtils();
  const prefs = useDatePrefs();
  const invite = api.staff.create.useMutation();
  const [fieldError, setFieldError] = useState<string>();
  const serverError = seedErrorOf(invite.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const parsed = createStaffInput.safeParse({ email: form.get('email'), role: form.get('role') });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    invite.mutate(parsed.data, {
      onSuccess: (result) => {
        formElement.reset();
        void utils.staff.list.invalidate();
        onInvited(
          `Invitation emailed to ${result.user.email}. The link to choose a password works once, until ${formatDateTime(
            result.linkExpiresAt,
            prefs,
          )}.`,
        );
      },
    });
  }

  return (
    <section aria-labelledby="invite-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      <h2 id="invite-title" className="text-lg font-semibold text-ink">
        Invite a colleague
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        They get an email with a link to choose their own password, valid once.
      </p>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-start">
        <TextField
          label="Invite by email"
          name="email"
          type="email"
          required
          autoComplete="off"
          error={fieldError ?? serverError?.message}
        />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="invite-role" className="text-sm font-medium text-ink">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="editor"
            className="h-11 rounded-lg border border-slate-300 bg-white px-3 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" size="lg" className="sm:mt-7" disabled={invite.isPending} aria-busy={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Send invitation'}
        </Button>
      </form>
    </section>
  );
}
