import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { attachTestDatabase } from "@/lib/server/test-database";

// The server actions' own role checks, with no session: the proxy is bypassed entirely here, so
// what answers is the check inside each action.
const session = vi.hoisted(() => ({
  current: null as null | { user: { id: string; role: string; sessionVersion: number } },
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof Error && error.message.startsWith("redirect:")) throw error;
  },
}));

const cleanup = attachTestDatabase();
const { db } = await import("@/lib/server/db");
const { createStoryAction } = await import("./actions");
const { uploadFilesAction, setSourceIncludedAction, updateSourceAction } = await import("./[slug]/actions");
const { curateAction, publishAction, editItemAction, moveItemAction, partyAction, decideSectionAction } = await import(
  "./[slug]/curation-actions"
);
const { createUserAction } = await import("../admin/users/actions");
const users = await import("@/lib/server/users");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

afterAll(async () => {
  await db.$disconnect();
  cleanup();
});

describe("server actions without a session", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("refuse to create a story, and store nothing", async () => {
    const result = await createStoryAction({}, form({ title: "Forged story" }));
    expect(result.message).toContain("signed in");
    expect(await db.story.count()).toBe(0);
  });

  it("refuse uploads, source changes, curation, publishing and user creation", async () => {
    const upload = new FormData();
    upload.append("files", new File(["Some article text that would be stored."], "a.txt", { type: "text/plain" }));
    expect((await uploadFilesAction("any-story", {}, upload)).message).toContain("signed in");
    expect((await setSourceIncludedAction("any-source", false)).message).toContain("signed in");
    expect((await curateAction("any-story", {}, form({ op: "accept", key: "k", revision: "0" }))).message).toContain(
      "signed in",
    );
    expect((await publishAction("any-story", 0, {})).message).toContain("signed in");
    const item = { key: "k", revision: "0", text: "New wording", section: "positions", party: "X", to: "top" };
    for (const action of [editItemAction, moveItemAction, decideSectionAction]) {
      expect((await action("any-story", {}, form({ ...item, status: "accepted" }))).message).toContain("signed in");
    }
    expect(
      (await partyAction("any-story", {}, form({ revision: "0", op: "rename", from: "A", to: "B" }))).message,
    ).toContain("signed in");
    expect((await updateSourceAction("any-source", {}, form({ outlet: "Forged" }))).message).toContain("signed in");
    expect(
      (
        await createUserAction(
          {},
          form({ email: "x@example.org", name: "X", password: "long-password-1", role: "ADMIN" }),
        )
      ).message,
    ).toContain("signed in");
    expect(await db.source.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("an editor session cannot use the admin action; a disabled user's session is refused", async () => {
    const ed = await users.createUserAsOperator({
      email: "e@example.org",
      name: "E",
      role: "EDITOR",
      password: "editor-pass-12",
    });
    session.current = { user: { id: ed.id, role: "EDITOR", sessionVersion: 0 } };
    const denied = await createUserAction(
      {},
      form({ email: "y@example.org", name: "Y", password: "long-password-1", role: "ADMIN" }),
    );
    expect(denied.message).toContain("Only administrators");
    await db.user.update({ where: { id: ed.id }, data: { disabled: true } });
    expect((await createStoryAction({}, form({ title: "From a disabled account" }))).message).toContain("signed in");
    expect(await db.story.count()).toBe(0);
  });

  it("a session token from before a sign-out (an older session version) is refused", async () => {
    const ed = await users.createUserAsOperator({
      email: "old@example.org",
      name: "Old",
      role: "EDITOR",
      password: "editor-pass-13",
    });
    session.current = { user: { id: ed.id, role: "EDITOR", sessionVersion: 0 } };
    await users.endSessions(ed.id, 0);
    expect((await createStoryAction({}, form({ title: "From an ended session" }))).message).toContain("signed in");
    expect(await db.story.count()).toBe(0);
  });
});
