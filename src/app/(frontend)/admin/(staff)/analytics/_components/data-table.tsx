// An accessible table of a chart's figures (caption, column headers, row headers).
import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  captionVisible = false,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  captionVisible?: boolean;
}) {
  const [head, ...rest] = columns;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className={captionVisible ? 'mb-2 text-left font-medium text-ink' : 'sr-only'}>{caption}</caption>
        <thead className="border-b border-slate-200 text-ink-muted">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`px-3 py-2 font-medium ${column.numeric ? 'text-right' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className="px-3 py-2 font-normal text-ink">
                {head!.cell(row)}
              </th>
              {rest.map((column) => (
                <td
                  key={column.header}
                  className={`px-3 py-2 text-ink ${column.numeric ? 'text-right tabular-nums' : ''}`}
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
