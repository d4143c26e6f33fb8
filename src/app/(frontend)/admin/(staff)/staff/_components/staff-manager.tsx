'use client';
// The staff accounts table with each account's actions, and the invitation form. Results and
// refusals (the last admin, one's own account) are announced in words in one live region.
import { useState } from 'react';
import { InviteForm } from './invite-form';
import { AccountRow } from './account-row';
import { api } from '@/trpc/react';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export function StaffManager({ currentUserId }: { currentUserId: string }) {
  const staff = api.staff.list.useQuery();
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <div className="flex flex-col gap-6">
      <div aria-live="polite" className="empty:hidden" data-testid="staff-notice">
        {notice && (
          <p
            role={notice.kind === 'error' ? 'alert' : 'status'}
            className={
              notice.kind === 'error'
                ? 'rounded-lg bg-red-50 p-4 text-sm text-red-800 ring-1 ring-red-200'
                : 'rounded-lg bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-emerald-200'
            }
          >
            {notice.text}
          </p>
        )}
      </div>
      <section aria-labelledby="team-title" className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
        <h2 id="team-title" className="text-lg font-semibold text-ink">
          Team accounts
        </h2>
        {staff.isPending ? (
          <p role="status" className="mt-4 text-sm text-ink-muted">
            Loading accounts…
          </p>
        ) : staff.isError ? (
          <p role="alert" className="mt-4 text-sm text-red-700">
            Could not load accounts. Reload the page to try again.
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[720px] text-left text-sm">
              <caption className="sr-only">Staff accounts and their actions</caption>
              <thead className="text-ink-subtle">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Email
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Role
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Last sign-in
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Account
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {staff.data.map((user) => (
                  <AccountRow key={user.id} user={user} isSelf={user.id === currentUserId} onNotice={setNotice} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <InviteForm onInvited={(text) => setNotice({ kind: 'ok', text })} />
    </div>
  );
}
