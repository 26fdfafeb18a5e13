"use server";

import { revalidatePath } from "next/cache";
import { adminAction, runAction, type ActionState } from "@/lib/server/action";
import { createUser, newUserSchema, setUserDisabled } from "@/lib/server/users";

export type UserFormState = ActionState;

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await adminAction(newUserSchema, async (input, actor) => {
    const user = await createUser(actor, input);
    revalidatePath("/admin/users");
    return {
      message: `Created ${user.email} (${user.role.toLowerCase()}). Give them their password in person.`,
      tone: "success",
    };
  })(formData);
  // What was typed comes back after a refusal, except the password.
  if (state.values) delete state.values.password;
  return state;
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<ActionState> {
  return runAction("ADMIN", async (actor) => {
    await setUserDisabled(actor, userId, disabled);
    revalidatePath("/admin/users");
  });
}
