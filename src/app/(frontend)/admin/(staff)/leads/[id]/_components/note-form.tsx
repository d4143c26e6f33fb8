'use client';
// A note on the lead's timeline.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { seedErrorOf } from '@/lib/seed-error';
import { api } from '@/trpc/react';

export function NoteForm({ leadId }: { leadId: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const addNote = api.leads.addNote.useMutation({
    onSuccess: () => {
      setText('');
      router.refresh();
    },
  });
  const error = seedErrorOf(addNote.error);
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        addNote.mutate({ id: leadId, text });
      }}
    >
      <label htmlFor="lead-note" className="text-sm font-medium text-ink">
        Add a note
      </label>
      <textarea
        id="lead-note"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        maxLength={5000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'lead-note-error' : undefined}
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      />
      {error && (
        <p id="lead-note-error" role="alert" className="text-sm text-red-700">
          {error.fieldErrors.text ?? error.message}
        </p>
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={addNote.isPending}>
          {addNote.isPending ? 'Saving…' : 'Add note'}
        </Button>
      </div>
    </form>
  );
}
