// An accessible table of the staff area (caption, column headers, row headers), plain inside a
// card or framed as a card of its own.
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Cell classes, e.g. nowrap for dates. */
  className?: string;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionVisible = false,
  framed = false,
  testId,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  captionVisible?: boolean;
  /** A card of its own (a page's main table) rather than a table inside a card. */
  framed?: boolean;
  testId?: string;
}) {
  const [head, ...rest] = columns;
  return (
    <div className={cn('overflow-x-auto', framed && 'rounded-2xl bg-white ring-1 ring-slate-200')}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className={captionVisible ? 'mb-2 text-left font-medium text-ink' : 'sr-only'}>{caption}</caption>
        <thead className="border-b border-slate-200 text-ink-muted">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={cn('px-3 py-2 font-medium', framed && 'px-4 py-3', column.numeric && 'text-right')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={framed ? 'hover:bg-slate-50' : undefined}>
              <th scope="row" className={cn('px-3 py-2 font-normal text-ink', framed && 'px-4 py-3', head!.className)}>
                {head!.cell(row)}
              </th>
              {rest.map((column) => (
                <td
                  key={column.header}
                  className={cn(
                    'px-3 py-2 text-ink',
                    framed && 'px-4 py-3',
                    column.numeric && 'text-right tabular-nums',
                    column.className,
                  )}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
