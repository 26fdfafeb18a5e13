import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { isHttpsUrl } from "@/lib/security/headers";
import { assertRole, AuthorizationError, type Actor, type Role, hasRole } from "./authz";
import { checkCredentials, endSessions, findActiveActor } from "./users";
import { recordAudit } from "./audit";
import {
  checkSignInAllowed,
  clientAddress,
  recordSignInFailure,
  recordSignInSuccess,
  waitText,
} from "./sign-in-throttle";

// Messages the sign-in page shows as they are (next-auth passes a thrown error's message through).
export const SIGN_IN_ERRORS = {
  invalid: "That email and password do not match an account. Check both and try again.",
  disabled: "This account has been disabled. Ask an administrator to enable it.",
} as const;

export function throttledMessage(scope: "address" | "account", retryAfterMs: number): string {
  return scope === "address"
    ? `Too many failed sign-ins from your network. Wait ${waitText(retryAfterMs)} and try again.`
    : `Too many failed sign-ins for this account. Wait ${waitText(retryAfterMs)} and try again.`;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Secure (and __Secure-prefixed) cookies whenever the public address is https, also behind a
  // proxy that talks plain http to the app; proxy.ts reads the same cookie name.
  useSecureCookies: isHttpsUrl(env.NEXTAUTH_URL),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase();
        const password = String(credentials?.password ?? "");
        if (!email || !password) throw new Error(SIGN_IN_ERRORS.invalid);
        const address = clientAddress(req?.headers);
        const decision = await checkSignInAllowed(email, address);
        if (!decision.allowed) throw new Error(throttledMessage(decision.scope, decision.retryAfterMs));
        const result = await checkCredentials(email, password);
        if (!result.ok) {
          await recordSignInFailure(email, address);
          throw new Error(SIGN_IN_ERRORS[result.reason]);
        }
        await recordSignInSuccess(email, address);
        await recordAudit({ ...result.user }, "user.sign-in", { type: "User", id: result.user.id });
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && token.sv !== undefined) {
        session.user = { ...session.user, id: token.uid, role: token.role, sessionVersion: token.sv };
      }
      return session;
    },
  },
  events: {
    // A JWT cannot be recalled, so signing out moves the user's session version on: the token
    // (and any copy of it) stops working at once, on every instance.
    async signOut({ token }) {
      if (token.uid && token.sv !== undefined) await endSessions(token.uid, token.sv);
    },
  },
};

/** The signed-in, still-enabled user, or null. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const version = session?.user?.sessionVersion;
  if (!id || version === undefined) return null;
  return findActiveActor(id, version);
}

/** For server actions and route handlers: throws AuthorizationError unless the caller holds `role`. */
export async function requireRole(role: Role): Promise<Actor> {
  const actor = await getActor();
  assertRole(actor, role);
  return actor;
}

/** For pages: sends anonymous visitors to sign-in and refuses users without the role. */
export async function requirePageRole(role: Role, callbackPath: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!hasRole(actor, role)) redirect("/desk?denied=1");
  return actor;
}

export { AuthorizationError };
