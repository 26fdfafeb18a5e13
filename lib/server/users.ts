import "server-only";
import { UserFacingError } from "@/lib/errors";
import { z } from "zod";
import { db } from "./db";
import { assertRole, type Actor, type Role } from "./authz";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords";
import { recordAudit } from "./audit";

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name under 120 characters."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Keep the password under 200 characters."),
  role: z.enum(["ADMIN", "EDITOR"]),
});
export type NewUser = z.infer<typeof newUserSchema>;

export class DuplicateUserError extends UserFacingError {
  constructor(message: string) {
    super(message, { field: "email" });
    this.name = "DuplicateUserError";
  }
}

/** Used by the setup command and the CLI, which run as the machine's operator, not a signed-in user. */
export async function createUserAsOperator(input: NewUser) {
  const data = newUserSchema.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new DuplicateUserError(`A user with the email ${data.email} already exists.`);
  const user = await db.user.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      passwordHash: await hashPassword(data.password),
    },
    select: userSelect,
  });
  await recordAudit(
    null,
    "user.create",
    { type: "User", id: user.id },
    { email: user.email, role: user.role, via: "cli" },
  );
  return user;
}

export async function createUser(actor: Actor | null, input: NewUser) {
  assertRole(actor, "ADMIN");
  const data = newUserSchema.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new DuplicateUserError(`A user with the email ${data.email} already exists.`);
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: userSelect,
    });
    await recordAudit(actor, "user.create", { type: "User", id: user.id }, { email: user.email, role: user.role }, tx);
    return user;
  });
}

export async function listUsers(actor: Actor | null) {
  assertRole(actor, "ADMIN");
  return db.user.findMany({ select: userSelect, orderBy: [{ disabled: "asc" }, { createdAt: "asc" }] });
}

export async function setUserDisabled(actor: Actor | null, userId: string, disabled: boolean) {
  assertRole(actor, "ADMIN");
  if (actor.id === userId && disabled) throw new UserFacingError("You cannot disable your own account.");
  return db.$transaction(async (tx) => {
    // Disabling and enabling both end existing sessions: a re-enabled user signs in afresh.
    const user = await tx.user.update({
      where: { id: userId },
      data: { disabled, sessionVersion: { increment: 1 } },
      select: userSelect,
    });
    await recordAudit(
      actor,
      disabled ? "user.disable" : "user.enable",
      { type: "User", id: userId },
      { email: user.email },
      tx,
    );
    return user;
  });
}

export async function countAdmins(): Promise<number> {
  return db.user.count({ where: { role: "ADMIN", disabled: false } });
}

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "disabled" };

export async function checkCredentials(email: string, password: string): Promise<CredentialCheck> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      passwordHash: true,
      sessionVersion: true,
    },
  });
  // Verify against a throwaway hash when the user is unknown, so timing does not reveal which
  // emails have accounts.
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (user.disabled) return { ok: false, reason: "disabled" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

/**
 * Looks up the signed-in user again on every request, so disabling an account takes effect at once,
 * and compares the token's session version: sign-out, disable, enable and a new password bump the
 * user's version, which ends every token issued before.
 */
export async function findActiveActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Ends every session of the user that is still on `sessionVersion` (sign-out from one of them). */
export async function endSessions(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000";

/** For the operator's command line: sets a new password for an existing account. */
export async function resetPasswordAsOperator(email: string, password: string): Promise<void> {
  const parsed = newUserSchema.pick({ email: true, password: true }).parse({ email, password });
  const user = await db.user.findUnique({ where: { email: parsed.email }, select: { id: true } });
  if (!user) throw new UserFacingError(`No user has the email ${parsed.email}.`);
  // A new password ends every session signed in with the old one.
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(parsed.password), sessionVersion: { increment: 1 } },
  });
}
