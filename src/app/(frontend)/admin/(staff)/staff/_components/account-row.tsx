'use client';
// One account: its status, a role picker with its own Save button (a keyboard user moving
// through the options must not change anyone's role), deactivate (after a confirmation) or
// reactivate, and a fresh set-password link by email.
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@/server/auth/roles';
import { api, type RouterOutputs } from '@/trpc/react';
import type { Notice } from './staff-manager';
import { StaffTime } from '../../_components/staff-time';

type Account = RouterOutputs['staff']['list'][number];

const STATUS: Record<Account['status'], { label: string; className: string }> = {
  active: { label: 'Active', className: 'bg-emerald-50 text-emerald-800 ring-emerald-200' },
  invited: { label: 'Invitation pending', className: 'bg-amber-50 text-amber-900 ring-amber-200' },
  deactivated: { label: 'Deactivated', className: 'bg-slate-100 text-slate-700 ring-slate-300' },
};

export function AccountRow({
  user,
  isSelf,
  onNotice,
}: {
  user: Account;
  isSelf: boolean;
  onNotice: (notice: Notice) => void;
}) {
  const utils = api.useUtils();
  const [role, setRole] = useState(user.role as StaffRole);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deactivateRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // The confirmation takes the focus; cancelling gives it back to "Deactivate".
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deactivateRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const refresh = () => void utils.staff.list.invalidate();
  const fail = (error: unknown) => onNotice({ kind: 'error', text: seedErrorOf(error)?.message ?? 'That failed.' });
  const setRoleMutation = api.staff.setRole.useMutation({
    onSuccess: (result) => {
      refresh();
      onNotice({
        kind: 'ok',
        text: `${user.email} is now ${ROLE_LABELS[result.role]}. It applies at their next click.`,
      });
    },
    onError: (error) => {
      setRole(user.role as StaffRole);
      fail(error);
    },
  });
  const setActive = api.staff.setActive.useMutation({
    onSuccess: (result) => {
      setConfirming(false);
      refresh();
      onNotice({
        kind: 'ok',
        text: result.active
          ? `${user.email} is active again.`
          : `${user.email} is deactivated: their sessions have ended and they cannot sign in.`,
      });
    },
    onError: (error) => {
      setConfirming(false);
      fail(error);
    },
  });
  const sendLink = api.staff.sendLink.useMutation({
    onSuccess: (result) =>
      onNotice({
        kind: 'ok',
        text: `${result.kind === 'invite' ? 'Invitation' : 'Password reset link'} emailed to ${result.email}.`,
      }),
    onError: fail,
  });
  const busy = setRoleMutation.isPending || setActive.isPending || sendLink.isPending;
  const status = STATUS[user.status];
  const selectId = `role-${user.id}`;

  return (
    <tr data-testid={`account-${user.email}`}>
      <td className="py-3 pr-3 text-ink">
        {user.email}
        {isSelf && <span className="ml-1 text-ink-subtle">(you)</span>}
      </td>
      <td className="py-3 pr-3">
        <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${status.className}`}>
          {status.label}
        </span>
      </td>
      <td className="py-3 pr-3">
        <form
          className="flex items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setRoleMutation.mutate({ id: user.id, role });
          }}
        >
          <label htmlFor={selectId} className="sr-only">
            Role of {user.email}
          </label>
          <select
            id={selectId}
            value={role}
            onChange={(event) => setRole(event.target.value as StaffRole)}
            className="h-9 rounded-lg border border-slate-300 bg-white px-2 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
          >
            {STAFF_ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <Button type="submit" variant="secondary" disabled={busy} aria-label={`Save role of ${user.email}`}>
              Save role
            </Button>
          )}
        </form>
      </td>
      <td className="py-3 pr-3 text-ink-muted">
        <StaffTime value={user.lastLogin} fallback="Never" />
      </td>
      <td className="py-3">
        <div className="flex flex-wrap gap-2">
          {user.isActive ? (
            confirming ? (
              <>
                <Button
                  ref={confirmRef}
                  variant="primary"
                  disabled={busy}
                  onClick={() => setActive.mutate({ id: user.id, active: false })}
                >
                  Yes, deactivate {user.email}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
              </>
            ) : (
              <>
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={`${user.status === 'invited' ? 'Resend invitation to' : 'Send reset link to'} ${user.email}`}
                  onClick={() => sendLink.mutate({ id: user.id })}
                >
                  {user.status === 'invited' ? 'Resend invitation' : 'Send reset link'}
                </Button>
                {!isSelf && (
                  <Button
                    ref={deactivateRef}
                    variant="secondary"
                    disabled={busy}
                    aria-label={`Deactivate ${user.email}`}
                    onClick={() => setConfirming(true)}
                  >
                    Deactivate
                  </Button>
                )}
              </>
            )
          ) : (
            <Button
              variant="secondary"
              disabled={busy}
              aria-label={`Reactivate ${user.email}`}
              onClick={() => setActive.mutate({ id: user.id, active: true })}
            >
              Reactivate
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
