"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError(
        !email && !password
          ? "Enter your email and password."
          : !email
            ? "Enter your email address."
            : "Enter your password.",
      );
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email,
        password,
        redirect: false,
      });
      if (!result || result.error) {
        setError(
          result?.error && result.error !== "CredentialsSignin"
            ? result.error
            : "That email and password do not match an account. Check both and try again.",
        );
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("The sign-in service did not answer. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm"
      noValidate
    >
      <FormMessage message={error} />
      <TextField id="email" name="email" type="email" label="Email" autoComplete="username" required />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      <SubmitButton pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
