import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2 defaults to Argon2id; the parameters follow OWASP's minimum for argon2id
// (19 MiB, 2 passes) so a sign-in costs tens of milliseconds, not seconds, on two cores.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as a failed sign-in, not a server error.
    return false;
  }
}

/** A strong first password for accounts made from the command line, shown once. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
