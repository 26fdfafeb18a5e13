import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallback } from "@/lib/auth/safe-callback";
import { getActor } from "@/lib/server/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
          Briefing Desk
        </Link>
        <h1 className="mt-8 text-xl font-semibold">Sign in to the desk</h1>
        <p className="mt-1 text-sm text-stone-600">Editors and administrators only. Published briefings are public.</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
