// Response security headers (issue 11, finding 10). Plain functions so proxy.ts, next.config.ts and
// the tests share them.

export function isHttpsUrl(url: string | undefined): boolean {
  return !!url && url.startsWith("https://");
}

/**
 * A nonce-based policy: only scripts carrying this response's nonce run (Next.js adds it to its
 * own scripts when it finds the policy on the request), and what they load inherits the trust
 * ('strict-dynamic'). Styles: the app's own stylesheets plus inline style attributes, which
 * React sets and which cannot run code. Development adds 'unsafe-eval' for React's dev tooling.
 */
export function contentSecurityPolicy(nonce: string, opts: { development?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy of pages rendered once and served from cache (the reader pages, see
 * docs/decisions/007-reader-caching.md): a nonce would be the same for every reader, so there is
 * none. Scripts come from the app's own origin, plus Next's inline RSC payload scripts; the pages
 * render no user-supplied markup (React escapes every text). Everything else as above.
 */
export function cachedPageSecurityPolicy(opts: { development?: boolean; https?: boolean } = {}): string {
  const scripts = `script-src 'self' 'unsafe-inline'${opts.development ? " 'unsafe-eval'" : ""}`;
  return contentSecurityPolicy("", opts).replace(/script-src [^;]+/, scripts);
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers for every response; HSTS only when the app is served over https (NEXTAUTH_URL). */
export function staticSecurityHeaders(opts: { https: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(opts.https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
