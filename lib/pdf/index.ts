// Public surface of the PDF export. Plain Node: no Next.js or Prisma imports, so route
// handlers, scripts and tests all call the same function.
export { renderBriefingPdf, briefingPdfFileName } from "./render-briefing-pdf";
export type { BriefingPdfInput, PdfSourceMeta, PdfPageSize } from "./types";
