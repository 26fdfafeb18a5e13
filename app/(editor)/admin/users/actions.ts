"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireRole, AuthorizationError } from "@/lib/server/auth";
import { createUser, DuplicateUserError, newUserSchema, setUserDisabled } from "@/lib/server/users";

export interface UserFormState {
  errors?: Partial<Record<"email" | "name" | "password" | "role", string[]>>;
  message?: string;
  tone?: "error" | "success";
}

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  try {
    const actor = await requireRole("ADMIN");
    const parsed = newUserSchema.safeParse({
      email: formData.get("email") ?? "",
      name: formData.get("name") ?? "",
      password: formData.get("password") ?? "",
      role: formData.get("role") ?? "EDITOR",
    });
    if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, tone: "error" };
    const user = await createUser(actor, parsed.data);
    revalidatePath("/admin/users");
    return {
      message: `Created ${user.email} (${user.role.toLowerCase()}). Give them their password in person.`,
      tone: "success",
    };
  } catch (error) {
    if (error instanceof AuthorizationError || error instanceof DuplicateUserError)
      return { message: error.message, tone: "error" };
    console.error("createUserAction", error);
    return { message: "The user could not be created. Try again.", tone: "error" };
  }
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<{ message?: string }> {
  try {
    const actor = await requireRole("ADMIN");
    await setUserDisabled(actor, userId, disabled);
    revalidatePath("/admin/users");
    return {};
  } catch (error) {
    if (error instanceof Error && (error instanceof AuthorizationError || error.message.startsWith("You cannot"))) {
      return { message: error.message };
    }
    console.error("setUserDisabledAction", error);
    return { message: "The change could not be saved. Reload and try again." };
  }
}
