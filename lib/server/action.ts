import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { isUserFacingError } from "@/lib/errors";
import { isConflictError } from "@/lib/curation/conflict";
import { requireRole } from "./auth";
import type { Actor, Role } from "./authz";
import type { ActionState } from "@/lib/action-state";

export type { ActionState };

/**
 * A form's fields as zod input: repeated names become arrays and empty strings are absent, so
 * `optional()` fields need no special casing and "required" messages come from the schema.
 */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .filter((v) => v.trim() !== "");
    if (values.length === 1) out[key] = values[0]!;
    else if (values.length > 1) out[key] = values;
  }
  return out;
}

/** What was typed, handed back with a refusal so the form shows it again. */
function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !(key in out)) out[key] = value;
  }
  return out;
}

const UNEXPECTED = "That could not be saved. Nothing was changed; reload the page and try again.";

/**
 * The one wrapper for form actions: checks the role, validates the form with `schema`, runs `fn`
 * and turns every refusal into an ActionState. A UserFacingError's message is shown as it is
 * (a ConflictError also sets `conflict`); anything else is logged and reported in general terms.
 */
export function roleAction<S extends z.ZodType>(
  role: Role,
  schema: S,
  fn: (input: z.output<S>, actor: Actor, formData: FormData) => Promise<ActionState | void>,
): (formData: FormData) => Promise<ActionState> {
  return async (formData) => {
    try {
      const actor = await requireRole(role);
      const parsed = schema.safeParse(formInput(formData));
      if (!parsed.success) {
        const errors = z.flattenError(parsed.error);
        const fieldErrors = errors.fieldErrors as Record<string, string[] | undefined>;
        const first = Object.values(fieldErrors).flat()[0] ?? errors.formErrors[0];
        return {
          errors: fieldErrors,
          tone: "error",
          message: first ?? "Check the highlighted fields.",
          values: typedValues(formData),
        };
      }
      return (await fn(parsed.data, actor, formData)) ?? {};
    } catch (error) {
      // redirect() and notFound() work by throwing: let them through.
      unstable_rethrow(error);
      return refusal(error, typedValues(formData));
    }
  };
}

/** The ActionState for an error thrown outside a form action (buttons that call an action directly). */
export function refusal(error: unknown, values?: Record<string, string>): ActionState {
  if (isConflictError(error)) return { message: error.message, tone: "error", conflict: true, values };
  if (isUserFacingError(error)) {
    return {
      message: error.message,
      tone: "error",
      values,
      errors: error.field ? { [error.field]: [error.message] } : undefined,
    };
  }
  console.error("action failed", error);
  return { message: UNEXPECTED, tone: "error", values };
}

export function editorAction<S extends z.ZodType>(
  schema: S,
  fn: (input: z.output<S>, actor: Actor, formData: FormData) => Promise<ActionState | void>,
) {
  return roleAction("EDITOR", schema, fn);
}

export function adminAction<S extends z.ZodType>(
  schema: S,
  fn: (input: z.output<S>, actor: Actor, formData: FormData) => Promise<ActionState | void>,
) {
  return roleAction("ADMIN", schema, fn);
}

/** Runs a button's action (no form) with the same role check and error handling. */
export async function runAction(role: Role, fn: (actor: Actor) => Promise<ActionState | void>): Promise<ActionState> {
  try {
    return (await fn(await requireRole(role))) ?? {};
  } catch (error) {
    unstable_rethrow(error);
    return refusal(error);
  }
}

/** A list field: absent → [], one value → [value]. */
export const formList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(2000)).max(200),
);
