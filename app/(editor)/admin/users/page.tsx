import type { Metadata } from "next";
import { requirePageRole } from "@/lib/server/auth";
import { listUsers } from "@/lib/server/users";
import { CreateUserForm } from "./create-user-form";
import { UserStatusToggle } from "./user-status-toggle";
import { setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageRole("ADMIN", "/admin/users");
  const users = await listUsers(actor);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="font-serif text-3xl font-bold">
          Users
        </h1>
        <div className="mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Accounts that can sign in to the desk</caption>
            <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Name
                </th>
                <th scope="col" className="px-4 py-2">
                  Email
                </th>
                <th scope="col" className="px-4 py-2">
                  Role
                </th>
                <th scope="col" className="px-4 py-2">
                  Status
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {users.map((user) => (
                <tr key={user.id} className={user.disabled ? "text-stone-500" : ""}>
                  <td className="px-4 py-2 font-medium">{user.name}</td>
                  <td className="px-4 py-2">{user.email}</td>
                  <td className="px-4 py-2">{user.role === "ADMIN" ? "Administrator" : "Editor"}</td>
                  <td className="px-4 py-2">{user.disabled ? "Disabled" : "Active"}</td>
                  <td className="px-4 py-2 text-right">
                    {user.id === actor.id ? (
                      <span className="text-xs text-stone-500">You</span>
                    ) : (
                      <UserStatusToggle
                        disabled={user.disabled}
                        email={user.email}
                        action={setUserDisabledAction.bind(null, user.id)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <aside>
        <CreateUserForm />
      </aside>
    </div>
  );
}
