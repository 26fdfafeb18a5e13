// Where to send a user after sign-in. Browsers read "/\host", "/%09/host" or "/\t/host" as
// "//host" (another site), so prefix checks are not enough: the value is resolved against this
// site's own origin as a browser would resolve it, and only a path on that origin is kept.
const PLACEHOLDER_ORIGIN = "https://briefing-desk.invalid";

export const DEFAULT_CALLBACK = "/desk";

export function safeCallback(value: string | string[] | undefined, fallback = DEFAULT_CALLBACK): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return fallback;
  // Control characters and backslashes never belong in a path we produce ourselves.
  if (hasControlOrBackslash(raw) || /%(?:0[0-9a-f]|1[0-9a-f]|7f|5c)/iu.test(raw)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "//" at the start of the result would again be read as another host.
  return path.startsWith("//") ? fallback : path;
}

function hasControlOrBackslash(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || char === "\\") return true;
  }
  return false;
}
