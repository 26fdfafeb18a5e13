import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, isHttpsUrl } from "@/lib/security/headers";

// Two jobs, both before a page renders:
// 1. A fresh nonce and Content-Security-Policy per request (Next.js reads the policy from the
//    request and puts the nonce on its own scripts; the browser gets the same policy). Reader
//    pages are rendered once and served from cache (docs/decisions/007-reader-caching.md), so a
//    per-request nonce cannot match their scripts: next.config.ts gives them a policy without one.
// 2. Redirects only: anonymous visitors to editor pages go to sign-in. Every page, server action
//    and route handler checks the role and the session version again (lib/server/auth.ts).
// No reader URL comes through here: running the proxy made a cached page cost about a third more
// CPU per request. A withdrawn version's 410 and the versioned pages' Cache-Control come from the
// cache handler (lib/reader/cache-handler.mjs), the route handlers answer for themselves.
const https = isHttpsUrl(env.NEXTAUTH_URL);
const EDITOR_PATHS = /^\/(desk|admin)(\/|$)/;

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (EDITOR_PATHS.test(pathname)) {
    const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie: https });
    if (!token) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(signIn);
    }
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Pages only: not static files, images and API route handlers (they render no scripts), and none
// of the reader's URLs ("/" included: ".+" does not match it), which are served from cache with
// the fixed policy next.config.ts gives them.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.pdf$|b/|editions/).+)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
