// The setup command's seed: the first administrator and the demo story (the five sample
// articles), with its briefing built and version 1 published. Safe to run again: it creates only
// what is missing.
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/server/db";
import { createUserAsOperator } from "@/lib/server/users";
import { createStory } from "@/lib/server/stories";
import { addSources } from "@/lib/server/sources";
import { ingestFile } from "@/lib/ingest";
import type { Actor } from "@/lib/server/authz";
import { generatePassword } from "@/lib/server/passwords";
import { getCuratedDraft, publishBriefing } from "@/lib/server/curation";

const DEMO_DIR = path.resolve(import.meta.dirname, "../prisma/seed/doha-withdrawal");

interface Manifest {
  slug: string;
  title: string;
  sources: { file: string; outlet?: string; headline?: string }[];
}

async function ensureAdmin(): Promise<{ actor: Actor; signIn: string }> {
  const existing = await db.user.findFirst({
    where: { role: "ADMIN", disabled: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true },
  });
  if (existing) {
    return {
      actor: existing,
      signIn: `Sign in as ${existing.email} with the password set when it was created\n(forgot it? npm run user:create -- --email ${existing.email} --reset-password).`,
    };
  }
  const email = (process.env.ADMIN_EMAIL ?? "admin@briefing-desk.local").trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD ?? generatePassword();
  const user = await createUserAsOperator({ email, name: "Administrator", role: "ADMIN", password });
  return {
    actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    signIn: process.env.ADMIN_PASSWORD
      ? `Sign in as ${email} with the ADMIN_PASSWORD you set.`
      : `Sign in as ${email} with the password ${password}\n(generated now and shown only once: note it down).`,
  };
}

async function ensureDemoStory(actor: Actor): Promise<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "manifest.json"), "utf8")) as Manifest;
  const found = await db.story.findFirst({ where: { title: manifest.title }, select: { id: true, slug: true } });
  if (found) return `Demo story already present: /desk/${found.slug}`;
  const story = await createStory(actor, { title: manifest.title });
  const sources = [];
  for (const entry of manifest.sources) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, entry.file)));
    const source = await ingestFile({ name: entry.file, bytes });
    sources.push({ ...source, outlet: entry.outlet ?? source.outlet, title: entry.headline ?? source.title });
  }
  const result = await addSources(actor, story.id, sources);
  if (result.refused.length) throw new Error(`Demo sources refused: ${result.refused.map((r) => r.reason).join("; ")}`);
  const draft = await getCuratedDraft(actor, story.id);
  if (!draft) throw new Error("The demo briefing was not built.");
  const published = await publishBriefing(actor, story.id, draft.revision);
  return `Demo story created with ${result.added.length} sources: /desk/${story.slug}\nPublished briefing v${published.version}: /b/${story.slug}`;
}

async function main() {
  const { actor, signIn } = await ensureAdmin();
  const demo = await ensureDemoStory(actor);
  console.log(`${demo}\n\n${signIn}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error("Seeding failed:", error);
    await db.$disconnect();
    process.exit(1);
  });
