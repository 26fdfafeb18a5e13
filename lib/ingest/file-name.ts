/**
 * An uploaded file's name as we store and show it: the browser's name without any folder part,
 * control characters (which broke the upload with HTTP 500) and bidirectional overrides (which can
 * disguise an extension), whitespace tidied, at most 200 characters.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  let out = "";
  for (const char of base.normalize("NFC")) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 || (code >= 0x7f && code < 0xa0);
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    out += control || bidi ? " " : char;
  }
  const tidy = out.replace(/\s+/gu, " ").trim();
  if (tidy.length <= 200) return tidy || "unnamed file";
  const dot = tidy.lastIndexOf(".");
  const ext = dot > 0 && tidy.length - dot <= 10 ? tidy.slice(dot) : "";
  return tidy.slice(0, 200 - ext.length) + ext;
}
