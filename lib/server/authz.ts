// Role rules, kept free of Next and the database so every data function can check its caller and
// the rules can be unit-tested.
import { UserFacingError } from "../errors";

export type Role = "ADMIN" | "EDITOR";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export class AuthorizationError extends UserFacingError {
  constructor(message = "You must be signed in as an editor to do that.") {
    super(message);
    this.name = "AuthorizationError";
  }
}

const RANK: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

export function hasRole(actor: Pick<Actor, "role"> | null | undefined, role: Role): boolean {
  return !!actor && RANK[actor.role] >= RANK[role];
}

/** Throws unless the actor holds `role` (an admin holds every editor right). */
export function assertRole(actor: Actor | null | undefined, role: Role): asserts actor is Actor {
  if (!actor) throw new AuthorizationError();
  if (!hasRole(actor, role)) {
    throw new AuthorizationError(
      role === "ADMIN" ? "Only administrators can do that." : "You must be signed in as an editor to do that.",
    );
  }
}
