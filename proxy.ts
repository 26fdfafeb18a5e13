import { withAuth } from "next-auth/middleware";
import type { NextFetchEvent, NextRequest } from "next/server";
import { env } from "@/lib/env";

// Redirects only: anonymous visitors to editor pages go to sign-in. Every page, server action and
// route handler checks the role again on the server (lib/server/auth.ts).
const authProxy = withAuth({ secret: env.NEXTAUTH_SECRET, pages: { signIn: "/sign-in" } });

export function proxy(request: NextRequest, event: NextFetchEvent) {
  return authProxy(request as Parameters<typeof authProxy>[0], event);
}

export const config = { matcher: ["/desk/:path*", "/admin/:path*"] };
