import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { assertRole, AuthorizationError, type Actor, type Role, hasRole } from "./authz";
import { checkCredentials, findActiveActor } from "./users";
import { recordAudit } from "./audit";
import { signInThrottle } from "./sign-in-throttle";

// Messages the sign-in page shows as they are (next-auth passes a thrown error's message through).
export const SIGN_IN_ERRORS = {
  invalid: "That email and password do not match an account. Check both and try again.",
  disabled: "This account has been disabled. Ask an administrator to enable it.",
  throttled: "Too many failed attempts for this email. Wait 15 minutes and try again.",
} as const;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase();
        const password = String(credentials?.password ?? "");
        if (!email || !password) throw new Error(SIGN_IN_ERRORS.invalid);
        if (signInThrottle.isBlocked(email)) throw new Error(SIGN_IN_ERRORS.throttled);
        const result = await checkCredentials(email, password);
        if (!result.ok) {
          signInThrottle.recordFailure(email);
          throw new Error(SIGN_IN_ERRORS[result.reason]);
        }
        signInThrottle.reset(email);
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
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { ...session.user, id: token.uid, role: token.role };
      }
      return session;
    },
  },
};

/** The signed-in, still-enabled user, or null. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return findActiveActor(id);
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
