'use client';
// Admins see the team's staff accounts and invite colleagues (the password is shown once).
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { createStaffInput } from '@/server/staff/schema';
import { api } from '@/trpc/react';

export function StaffPanel() {
  const utils = api.useUtils();
  const staff = api.staff.list.useQuery();
  const invite = api.staff.create.useMutation({ onSuccess: () => utils.staff.list.invalidate() });
  const [fieldError, setFieldError] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = createStaffInput.safeParse({ email: form.get('email'), role: form.get('role') });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    invite.mutate(parsed.data, { onSuccess: () => (event.target as HTMLFormElement).reset() });
  }

  const serverError =
    invite.error?.data?.error?.details?.field === 'email' ? invite.error.message : invite.error?.message;

  return (
    <section aria-labelledby="team-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
      <h2 id="team-title" className="text-lg font-semibold text-ink">
        Team accounts
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        Editors manage content in the CMS; sales work the leads and follow-ups; admins manage everything.
      </p>
      {staff.isPending ? (
        <p role="status" className="mt-4 text-sm text-ink-muted">
          Loading accounts…
        </p>
      ) : staff.isError ? (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Could not load accounts. Reload the page to try again.
        </p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead className="text-ink-subtle">
            <tr>
              <th scope="col" className="py-2 font-medium">
                Email
              </th>
              <th scope="col" className="py-2 font-medium">
                Role
              </th>
              <th scope="col" className="py-2 font-medium">
                Last sign-in
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {staff.data.map((user) => (
              <tr key={user.id}>
                <td className="py-2 text-ink">{user.email}</td>
                <td className="py-2 capitalize text-ink-muted">{user.role}</td>
                <td className="py-2 text-ink-muted">{user.lastLogin ? user.lastLogin.toLocaleString() : 'Never'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={onSubmit}
        className="mt-6 grid gap-3 border-t border-slate-100 pt-5 sm:grid-cols-[1fr_auto_auto] sm:items-end"
      >
        <TextField label="Invite by email" name="email" type="email" required error={fieldError ?? serverError} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="invite-role" className="text-sm font-medium text-ink">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="editor"
            className="h-11 rounded-lg border border-slate-300 bg-white px-3"
          >
            <option value="editor">Editor</option>
            <option value="sales">Sales</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <Button type="submit" size="lg" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Invite'}
        </Button>
      </form>
      {invite.data && (
        <div
          role="status"
          className="mt-4 rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-emerald-200"
        >
          <p>
            Account created for <strong>{invite.data.user.email}</strong>. Share this password securely; it is shown
            only once:
          </p>
          <p className="mt-2 font-mono text-base" data-testid="invite-password">
            {invite.data.password}
          </p>
        </div>
      )}
    </section>
  );
}
