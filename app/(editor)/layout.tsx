import Link from "next/link";
import { requirePageRole } from "@/lib/server/auth";
import { hasRole } from "@/lib/server/authz";
import { SignOutButton } from "@/components/layout/sign-out-button";

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageRole("EDITOR", "/desk");
  return (
    <div className="min-h-screen">
      <header className="bg-ink text-white">
        <nav aria-label="Desk" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/desk" className="font-serif text-lg font-bold tracking-tight">
            Briefing Desk
          </Link>
          <ul className="flex items-center gap-1 text-sm">
            <li>
              <Link href="/desk" className="rounded-md px-3 py-1.5 text-stone-200 hover:bg-white/10 hover:text-white">
                Stories
              </Link>
            </li>
            {hasRole(actor, "ADMIN") ? (
              <li>
                <Link
                  href="/admin/users"
                  className="rounded-md px-3 py-1.5 text-stone-200 hover:bg-white/10 hover:text-white"
                >
                  Users
                </Link>
              </li>
            ) : null}
            {hasRole(actor, "ADMIN") ? (
              <li>
                <Link
                  href="/admin/audit"
                  className="rounded-md px-3 py-1.5 text-stone-200 hover:bg-white/10 hover:text-white"
                >
                  Audit log
                </Link>
              </li>
            ) : null}
            <li>
              <Link href="/" className="rounded-md px-3 py-1.5 text-stone-200 hover:bg-white/10 hover:text-white">
                Reader site
              </Link>
            </li>
          </ul>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-stone-300">
              {actor.name}{" "}
              <span className="rounded bg-white/10 px-1.5 py-0.5 text-xs uppercase tracking-wide">
                {actor.role.toLowerCase()}
              </span>
            </span>
            <SignOutButton />
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
