"use client";

import { useActionState } from "react";
import { createUserAction, type UserFormState } from "./actions";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold">Add a user</h2>
      <FormMessage message={state.message} tone={state.tone} />
      <TextField
        id="new-name"
        name="name"
        label="Name"
        hint="Up to 120 characters."
        required
        defaultValue={state.values?.name}
        errors={state.errors?.name}
        autoComplete="off"
      />
      <TextField
        id="new-email"
        name="email"
        type="email"
        label="Email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
        autoComplete="off"
      />
      <TextField
        id="new-password"
        name="password"
        type="password"
        label="Initial password"
        hint="At least 10 characters."
        required
        errors={state.errors?.password}
        autoComplete="new-password"
      />
      <div>
        <label htmlFor="new-role" className="block text-sm font-medium text-stone-800">
          Role
        </label>
        <select
          id="new-role"
          name="role"
          defaultValue={state.values?.role ?? "EDITOR"}
          className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
        >
          <option value="EDITOR">Editor</option>
          <option value="ADMIN">Administrator</option>
        </select>
      </div>
      <SubmitButton pending={pending}>Create user</SubmitButton>
    </form>
  );
}
