import { withAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { readerCacheControl, readerState, withdrawnRewrite } from "@/lib/reader/reader-state.mjs";

// Redirects only: anonymous visitors to editor pages go to sign-in. Every page, server action and
// route handler checks the role again on the server (lib/server/auth.ts).
const authProxy = withAuth({ secret: env.NEXTAUTH_SECRET, pages: { signIn: "/sign-in" } });

export function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.nextUrl.pathname.startsWith("/b/")) {
    // A withdrawn version's URLs answer 410 Gone with the editor's reason. The state is in memory
    // (lib/reader/cache-sync.mjs keeps it current), so the cached pages stay free of queries.
    const state = readerState();
    const target = withdrawnRewrite(request.nextUrl.pathname, state);
    if (!target) {
      const cacheControl = readerCacheControl(request.nextUrl.pathname, state);
      return cacheControl ? NextResponse.next({ headers: { "Cache-Control": cacheControl } }) : NextResponse.next();
    }
    return NextResponse.rewrite(new URL(target, request.url), {
      status: 410,
      headers: { "Cache-Control": "no-store" },
    });
  }
  return authProxy(request as Parameters<typeof authProxy>[0], event);
}

// Only versioned pages come through here: the latest page and every PDF and source-text route
// answer for themselves (a route handler can send a 410; a page cannot), so the most read URLs
// skip the proxy's cost.
export const config = { matcher: ["/desk/:path*", "/admin/:path*", "/b/:slug/v/:n", "/b/:slug/v/:n/sources/:k"] };
