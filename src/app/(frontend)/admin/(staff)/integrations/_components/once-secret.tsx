'use client';
// A key or secret shown once, with a copy button.
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function OnceSecret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
      <p className="text-sm font-semibold text-amber-900">{label}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="once-secret"
          className="break-all rounded bg-white px-2 py-1 text-sm text-ink ring-1 ring-amber-200"
        >
          {value}
        </code>
        <Button
          variant="secondary"
          onClick={() => void navigator.clipboard?.writeText(value).then(() => setCopied(true))}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
    </div>
  );
}
