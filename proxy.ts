import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce, isHttpsUrl } from "@/lib/security/headers";
import { readerCacheControl, readerState, withdrawnRewrite } from "@/lib/reader/reader-state.mjs";

// Three jobs, all before a page renders:
// 1. A fresh nonce and Content-Security-Policy per request (Next.js reads the policy from the
//    request and puts the nonce on its own scripts; the browser gets the same policy). Reader
//    pages are rendered once and served from cache (docs/decisions/007-reader-caching.md), so a
//    per-request nonce cannot match their scripts: next.config.ts gives them a policy without one.
// 2. Versioned reader pages: a withdrawn version answers 410 Gone with the editor's reason, and
//    public versions get the Cache-Control a CDN may keep (lib/reader/reader-state.mjs, in memory).
// 3. Redirects only: anonymous visitors to editor pages go to sign-in. Every page, server action
//    and route handler checks the role and the session version again (lib/server/auth.ts).
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

  if (pathname.startsWith("/b/")) {
    // A withdrawn version's pages answer 410 Gone with the editor's reason. The state is in memory
    // (lib/reader/cache-sync.mjs keeps it current), so the cached pages stay free of queries.
    const state = readerState();
    const target = withdrawnRewrite(pathname, state);
    if (target) {
      return NextResponse.rewrite(new URL(target, request.url), {
        status: 410,
        headers: { "Cache-Control": "no-store" },
      });
    }
    const cacheControl = readerCacheControl(pathname, state);
    return cacheControl ? NextResponse.next({ headers: { "Cache-Control": cacheControl } }) : NextResponse.next();
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

// Pages only: not static files, images and API route handlers (they render no scripts), and not
// the reader's URLs, which next.config.ts gives their fixed policy (the front page "/" included:
// ".+" does not match it); of those, only versioned pages
// come through here (the latest page and every PDF and source-text route answer for themselves: a
// route handler can send a 410, a page cannot), so the most read URLs skip the proxy's cost.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.pdf$|b/|editions/).+)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    "/b/:slug/v/:n",
    "/b/:slug/v/:n/sources/:k",
  ],
};
