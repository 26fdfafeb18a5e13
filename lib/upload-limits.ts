// One set of upload limits (issue 11, finding 4), used by next.config.ts for the request body
// limits, by the server actions and by the add-sources form, which checks before sending so an
// editor never meets a bare HTTP error. Plain functions: safe to import in client components.

export interface UploadLimits {
  /** Per file, and per pasted text. */
  maxUploadBytes: number;
  maxFilesPerUpload: number;
}

/** Room for the multipart framing and the form's other fields around the files. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** The largest request body an upload can need: every file at the limit, plus the form around them. */
export function maxRequestBytes(limits: UploadLimits): number {
  return limits.maxFilesPerUpload * limits.maxUploadBytes + FORM_OVERHEAD_BYTES;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** What is wrong with a selection of files before it is sent, in words an editor can act on. */
export function checkFileSelection(files: readonly { name: string; size: number }[], limits: UploadLimits): string[] {
  const problems: string[] = [];
  if (files.length > limits.maxFilesPerUpload) {
    problems.push(
      `You chose ${files.length} files; upload at most ${limits.maxFilesPerUpload} at once (add the rest in a second upload).`,
    );
  }
  for (const file of files) {
    if (file.size > limits.maxUploadBytes) {
      problems.push(
        `"${file.name}" is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(limits.maxUploadBytes)} per file.`,
      );
    }
  }
  return problems;
}

export function checkPastedText(text: string, limits: UploadLimits): string | undefined {
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limits.maxUploadBytes
    ? `The pasted text is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(limits.maxUploadBytes)}. Split it into several sources.`
    : undefined;
}
