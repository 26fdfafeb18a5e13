import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { cachedPageSecurityPolicy, contentSecurityPolicy, createNonce, isHttpsUrl } from "@/lib/security/headers";
import { readerCacheControl, readerState, withdrawnRewrite } from "@/lib/reader/reader-state.mjs";

// Three jobs, all before a page renders:
// 1. A fresh nonce and Content-Security-Policy per request (Next.js reads the policy from the
//    request and puts the nonce on its own scripts; the browser gets the same policy). Reader
//    pages are rendered once and served from cache (docs/decisions/006-reader-caching.md), so a
//    per-request nonce cannot match their scripts: they get a policy without one.
// 2. Reader URLs: a withdrawn version answers 410 Gone with the editor's reason, and public
//    versions get the Cache-Control a CDN may keep (lib/reader/reader-state.mjs, in memory).
// 3. Redirects only: anonymous visitors to editor pages go to sign-in. Every page, server action
//    and route handler checks the role and the session version again (lib/server/auth.ts).
const https = isHttpsUrl(env.NEXTAUTH_URL);
const readerPolicy = cachedPageSecurityPolicy({ development: env.NODE_ENV === "development", https });
const EDITOR_PATHS = /^\/(desk|admin)(\/|$)/;
const CACHED_READER_PAGES = /^\/($|editions\/|b\/)/;
// PDFs and source texts render no scripts: no policy to attach.
const NOT_HTML = /^\/b\/.+\/(pdf(\/[^/]+)?|text)\/?$|\.pdf$/;

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
    const state = readerState();
    const target = withdrawnRewrite(pathname, state);
    if (target) {
      const gone = NextResponse.rewrite(new URL(target, request.url), {
        status: 410,
        headers: { "Cache-Control": "no-store" },
      });
      gone.headers.set("Content-Security-Policy", readerPolicy);
      return gone;
    }
    const cacheControl = readerCacheControl(pathname, state);
    if (NOT_HTML.test(pathname)) {
      return cacheControl ? NextResponse.next({ headers: { "Cache-Control": cacheControl } }) : NextResponse.next();
    }
    const response = NextResponse.next(cacheControl ? { headers: { "Cache-Control": cacheControl } } : undefined);
    response.headers.set("Content-Security-Policy", readerPolicy);
    return response;
  }

  if (CACHED_READER_PAGES.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", readerPolicy);
    return response;
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

export const config = {
  matcher: [
    // Pages only: not static files, images and API route handlers (they render no scripts).
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.pdf$|b/[^/]+/pdf|b/[^/]+/v/[^/]+/pdf).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    // Every reader URL, PDFs and source texts included: withdrawn versions answer 410 everywhere.
    "/b/:path*",
  ],
};
