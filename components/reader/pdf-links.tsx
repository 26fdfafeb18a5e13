/** Plain download links: no script needed, and the browser names the file from the response. */
export function PdfLinks({ basePath }: { basePath: string }) {
  return (
    <p className="no-print flex flex-wrap items-center gap-3 text-sm">
      <a
        href={`${basePath}/pdf`}
        download
        className="inline-flex items-center gap-1.5 rounded-md bg-ink px-3 py-2 font-semibold text-white hover:bg-accent-dark"
      >
        <span aria-hidden="true">⤓</span> Download PDF
      </a>
      <a
        href={`${basePath}/pdf?size=letter`}
        download
        className="text-stone-700 underline underline-offset-2 hover:text-ink"
      >
        US Letter
      </a>
      <span className="text-xs text-stone-600">A4 by default</span>
    </p>
  );
}
