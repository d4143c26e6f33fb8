// Renders a report model to PDF bytes with @react-pdf/renderer (fonts from the repo).
import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import type { ReportModel } from '@/domain/report/model';
import { AuditReportDocument } from './document/report';
import { registerFonts } from './document/theme';

export interface RenderedReport {
  pdf: Buffer;
  pageCount: number;
}

/** Page objects in the PDF (each page is a `/Type /Page` dictionary; the tree is `/Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export async function renderAuditReport(report: ReportModel): Promise<RenderedReport> {
  registerFonts();
  const pdf = await renderToBuffer(<AuditReportDocument report={report} />);
  return { pdf, pageCount: countPdfPages(pdf) };
}
