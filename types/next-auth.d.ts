import type { DefaultSession } from "next-auth";

type AppRole = "ADMIN" | "EDITOR";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: AppRole; sessionVersion: number } & DefaultSession["user"];
  }
  interface User {
    id: string;
    role: AppRole;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: AppRole;
    /** The user's sessionVersion when the token was issued; a bump ends the session. */
    sv?: number;
  }
}
