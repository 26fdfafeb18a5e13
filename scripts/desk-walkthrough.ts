// The Boeing story made publishable with the desk, as an editor would, in Debian Chromium: sign in,
// create the story, upload the six articles, name the outlets, read the draft, fix wrong citations,
// wording and parties, add the items the draft lacks, review every section, preview and publish.
// Every user action (click, key press, typed field, choice, submit) is counted by kind and purpose,
// and the draft and the published version are scored against the story's gold annotation.
//
//   npx tsx scripts/desk-walkthrough.ts [--port 3210] [--story DIR] [--keep]
//
// It starts the built app (`npx next build` first) on its own SQLite database under .tmp/ with one
// editor account, and stops it at the end (--keep leaves the database). Not part of the test suite:
// the story (../shared/eval/stories/boeing-strike) is not ours to ship; without it the script says so
// and exits 0. The editorial decisions below are one editor's for this story's draft; a decision
// whose item the draft no longer has is reported, and so is every item no decision looked at.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium, expect, type Locator, type Page } from "@playwright/test";
import type { Briefing, DealTermStatus } from "../lib/briefing/types";
import type { BriefingSection } from "../lib/curation/sections";
import { scoreBriefing } from "./eval";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PORT = Number(arg("--port") ?? process.env.E2E_PORT ?? 3210);
const STORY_DIR = path.resolve(arg("--story") ?? path.join(root, "../shared/eval/stories/boeing-strike"));
const KEEP = args.includes("--keep");
const BASE = `http://localhost:${PORT}`;
const EDITOR = { email: "walkthrough@desk.test", name: "Wren Walker", password: "walkthrough-password-1" };

// ---------------------------------------------------------------------------------------------
// The editor's decisions for this draft (checked against NOTES.md and gold.json of the story).

interface ItemRule {
  section: BriefingSection;
  /** The item's text as the desk shows it. */
  match: RegExp;
  why: string;
  reject?: true;
  /** New wording. */
  text?: string;
  /** Citations to untick, by their quoted passage. */
  drop?: RegExp[];
  /** A passage to cite as well: the source by file name, the passage copied from it. */
  add?: { file: string; passage: string };
  /** Open it to drop the figures the desk marks as in no cited passage. */
  figures?: true;
}

interface AddRule {
  section: BriefingSection;
  file: string;
  passage: string;
  text: string;
  party?: string;
  status?: DealTermStatus;
  why: string;
}

const ITEMS: ItemRule[] = [
  {
    section: "positions",
    match: /rejected Boeing’s last two proposals/,
    why: "union rejected the previous offers (PA)",
  },
  {
    section: "positions",
    match: /refuses to meet strikers’ demand/,
    why: "Boeing refused to restore the pension (AP)",
  },
  { section: "positions", match: /had demanded a 40% pay increase/, why: "the union's demands (AM)" },
  {
    section: "positions",
    match: /a new standard for the industry/,
    why: "the quote is P&I's; the other five passages are different statements",
    drop: [
      /continually evaluate where our leverage/,
      /This is a victory/,
      /hold our heads high/,
      /Working people know/,
      /We stood strong/,
    ],
  },
  { section: "positions", match: /resulting victory/, why: "Holden and Bryant call it a victory (P&I)" },
  { section: "positions", match: /next airplane in the Seattle area/, why: "Boeing's commitment (AM)" },
  {
    section: "positions",
    match: /same team/,
    why: "Boeing's position is that it is pleased with the agreement; the production estimate is not a stance",
    text: "Boeing CEO Kelly Ortberg says he is pleased to have reached an agreement: “We will only move forward by listening and working together”",
    drop: [/same team/, /couple of weeks/],
  },
  {
    section: "dealTerms",
    match: /average annual pay for machinists is \$75,608/i,
    why: "three of the six passages give the raise, not the pay",
    drop: [
      /general wage increases totaling 38%/,
      /43\.65% compounded wage increase—38%/,
      /IAM said the new contract includes a 43\.65%/,
    ],
  },
  { section: "dealTerms", match: /immediate 13% raise/, why: "the raise year by year (IBT)" },
  { section: "dealTerms", match: /had demanded a 40% pay increase/, why: "the demand, now under the merged party" },
  { section: "dealTerms", match: /\$12,000 ratification bonus/, why: "bonus (IBT, PA)" },
  {
    section: "dealTerms",
    match: /does not restore Boeing’s \$16\.3 billion/,
    why: "no pension restoration (P&I, PA, AP); the 4% and the $105 belong to other terms",
    figures: true,
  },
  { section: "dealTerms", match: /choose how the total bonus amount/, why: "how the bonus is paid (PA)" },
  { section: "dealTerms", match: /Aerospace Machinists Performance Plan/, why: "AMPP reinstated (IBT)" },
  { section: "keyFigures", match: /seven weeks/, why: "length of the strike" },
  {
    section: "keyFigures",
    match: /16 years offers/,
    why: "broken label and wording",
    text: "16 years: the strike was the first at Boeing in 16 years",
  },
  { section: "keyFigures", match: /53-day strike, 33,000/, why: "length of the strike, workers" },
  { section: "keyFigures", match: /^59%/, why: "the vote" },
  {
    section: "keyFigures",
    match: /26,000 votes/,
    why: "the wording runs into the next quotation",
    text: "26,000 votes: more than 26,000 votes were cast, IAM District 751 president Jon Holden said",
  },
  {
    section: "keyFigures",
    match: /\$50 million/,
    why: "ASSEMBLY's $100 million a day is a different figure (it is under 'Where outlets disagree')",
    drop: [/around \$100 million a day in revenue/],
  },
  {
    section: "keyFigures",
    match: /35%/,
    why: "a fragment: say what the 35% was",
    text: "35%: the previous offer, which members rejected, proposed a 35% rise in wages",
  },
  { section: "openQuestions", match: /as soon as Wednesday/, why: "when workers return (AP)" },
  {
    section: "openQuestions",
    match: /production will take time to ramp up/,
    why: "AP says how long: cite it too",
    add: {
      file: "01_ap_via_yahoo.txt",
      passage:
        "Ortberg has said it might take “a couple of weeks” to resume production in part because some workers might need retraining.",
    },
  },
  { section: "discrepancies", match: /wage increase differently/, why: "38% vs 43.65% compounded" },
  { section: "discrepancies", match: /pension multiplier/, why: "$105 vs $215" },
  { section: "discrepancies", match: /\$50 million.*\$100 million/, why: "strike cost per day" },
  { section: "timeline", match: /voted to ratify/, why: "the vote, 4 Nov" },
  { section: "timeline", match: /return November 12/, why: "return to work" },
];

const ADDS: AddRule[] = [
  {
    section: "positions",
    file: "03_pensionsandinvestments.txt",
    passage:
      "The union in its announcement credited acting U.S. Secretary of Labor Julie Su, working on behalf of the Biden administration “to help restart and reach a positive resolution to negotiations that had previously stalled.”",
    party: "US government",
    text: "Acting U.S. Labor Secretary Julie Su helped restart the stalled negotiations, the union said",
    why: "the government's part is missing",
  },
  {
    section: "dealTerms",
    file: "01_ap_via_yahoo.txt",
    passage: "The deal includes a 38% wage increase over four years, and ratification and productivity bonuses.",
    status: "agreed",
    text: "A 38% wage increase over four years, with ratification and productivity bonuses",
    why: "the headline term is missing",
  },
  {
    section: "dealTerms",
    file: "02_ibtimes.txt",
    passage:
      "In addition, there will be 401(k) employer match of 100% up to 8%, with special company retirement contribution of 4% into 401(k) maintained.",
    status: "agreed",
    text: "A 401(k) employer match of 100% up to 8% of pay; the special 4% company retirement contribution is kept",
    why: "the 401(k) terms are missing",
  },
  {
    section: "openQuestions",
    file: "05_zerohedge.txt",
    passage:
      "This is a big relief for Boeing executives, who have protected the company's investment-grade credit rating at all costs during the labor action.",
    text: "Whether Boeing keeps the investment-grade credit rating its executives protected at all costs during the strike",
    why: "Boeing's finances after the strike",
  },
  {
    section: "openQuestions",
    file: "06_assemblymag.txt",
    passage: "However, the union did not regain its previous pension benefits.",
    text: "What becomes of the pension grievance: the union did not regain its previous pension benefits",
    why: "the pension fight is not over",
  },
];

/** Parties the editor merges: the engine's long name of the union into the short one. */
const MERGES = [{ from: "International Association of Machinists and Aerospace Workers", into: "IAM" }];

// ---------------------------------------------------------------------------------------------
// Counting what the editor does.

type Kind = "click" | "keypress" | "type" | "choose" | "submit";
interface Action {
  kind: Kind;
  purpose: string;
  what: string;
  /** Characters typed, for the typing-time estimate; pasted text counts as one paste. */
  chars?: number;
  paste?: boolean;
  /** Milliseconds the page took to answer a submit. */
  waitMs?: number;
}

const actions: Action[] = [];
const friction: string[] = [];
let purpose = "setup";

function record(a: Omit<Action, "purpose">) {
  actions.push({ ...a, purpose });
}

async function click(target: Locator, what: string, kind: Kind = "click") {
  await target.click();
  record({ kind, what });
}

/** A click that sends something to the server: waits for the answer, timed. */
async function submit(page: Page, target: Locator, what: string) {
  const started = Date.now();
  const answered = page.waitForResponse((r) => r.request().method() === "POST", { timeout: 60_000 });
  await target.click();
  await answered;
  record({ kind: "submit", what, waitMs: Date.now() - started });
}

async function type(target: Locator, text: string, what: string, paste = false) {
  await target.fill(text);
  record({ kind: "type", what, chars: text.length, paste });
}

async function choose(target: Locator, label: string | RegExp, what: string) {
  const options = await target.locator("option").allTextContents();
  const wanted = options.find((o) => (typeof label === "string" ? o === label : label.test(o)));
  if (wanted === undefined) throw new Error(`${what}: no option ${label} among ${options.join(" | ")}`);
  await target.selectOption({ label: wanted });
  record({ kind: "choose", what });
}

// ---------------------------------------------------------------------------------------------
// The app, on its own database.

function startApp(dbFile: string): ChildProcess {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("Build the app first: npx next build");
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${path.relative(root, dbFile)}`,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "walkthrough-secret-walkthrough-secret-0123",
  };
  const run = (cmd: string, cmdArgs: string[]) => execFileSync(cmd, cmdArgs, { cwd: root, env, stdio: "ignore" });
  run(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"]);
  run("npx", [
    "tsx",
    "--conditions=react-server",
    "scripts/create-user.ts",
    ...["--email", EDITOR.email, "--name", EDITOR.name, "--role", "EDITOR", "--password", EDITOR.password],
  ]);
  return spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: root, env, stdio: "ignore", detached: true });
}

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer on ${BASE}`);
}

function briefingOf(dbFile: string, version: number): Briefing {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare(`SELECT content FROM Briefing WHERE version = ?`).get(version) as
      | { content: string }
      | undefined;
    if (!row) throw new Error(`no briefing version ${version}`);
    return JSON.parse(row.content) as Briefing;
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The walkthrough.

function itemCard(page: Page, rule: { section: BriefingSection; match: RegExp }): Locator {
  return page
    .getByTestId(`section-${rule.section}`)
    .getByTestId("curation-item")
    .filter({ has: page.getByTestId("item-text").filter({ hasText: rule.match }) });
}

async function sourceNumbers(page: Page): Promise<Map<string, number>> {
  const rows = page.getByTestId("source-row");
  const numbers = new Map<string, number>();
  for (let i = 0; i < (await rows.count()); i++) {
    const text = await rows.nth(i).innerText();
    const file = /\b([\w-]+\.(?:txt|md|html?|docx|pdf))\b/.exec(text)?.[1];
    if (file) numbers.set(file, i + 1);
  }
  return numbers;
}

async function draftText(page: Page): Promise<{ items: number }> {
  return { items: await page.getByTestId("curation-item").count() };
}

async function walk(page: Page, files: string[], meta: { file: string; outlet: string; headline: string }[]) {
  purpose = "sign in";
  await page.goto(`${BASE}/sign-in?callbackUrl=/desk`);
  await type(page.getByLabel("Email"), EDITOR.email, "email");
  await type(page.getByLabel("Password"), EDITOR.password, "password");
  await click(page.getByRole("button", { name: "Sign in" }), "Sign in", "submit");
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));

  purpose = "create story and upload";
  const title = "Boeing machinists' strike";
  await type(page.getByLabel("Title"), title, "story title");
  await click(page.getByRole("button", { name: "Create story" }), "Create story", "submit");
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await page.getByLabel("Article files").setInputFiles(files);
  record({ kind: "choose", what: "pick the six files" });
  await submit(page, page.getByRole("button", { name: "Upload" }), "Upload");
  await expect(page.getByTestId("curation-item").first()).toBeVisible({ timeout: 120_000 });

  // Readers know a source by its outlet: name the ones ingest could not find, and their headlines.
  purpose = "source details";
  const numbers = await sourceNumbers(page);
  for (const m of meta) {
    const n = numbers.get(m.file);
    if (!n) throw new Error(`${m.file} is not among the story's sources`);
    const row = page.getByTestId("source-row").nth(n - 1);
    const outletShown = await row.getByTestId("source-outlet").innerText();
    const headlineShown = await row.getByTestId("source-headline").innerText();
    const needOutlet = outletShown.includes("outlet not known");
    const needHeadline = headlineShown.trim() === "No headline";
    if (!needOutlet && !needHeadline) continue;
    await click(row.getByRole("button", { name: /^Edit details of/ }), `Edit details of ${m.file}`);
    const form = row.getByRole("form");
    if (needOutlet) await type(form.getByLabel("Outlet"), m.outlet, "outlet", true);
    if (needHeadline) await type(form.getByLabel("Headline"), m.headline, "headline", true);
    await submit(page, form.getByRole("button", { name: "Save details" }), "Save details");
    await expect(row.getByRole("form")).toHaveCount(0);
  }

  purpose = "parties";
  for (const merge of MERGES) {
    const named = (name: string) =>
      page.getByTestId("party-row").filter({ has: page.getByText(name, { exact: true }) });
    const rowOf = named(merge.from);
    if ((await rowOf.count()) === 0) {
      friction.push(`party "${merge.from}" not in this draft: merge skipped`);
      continue;
    }
    await click(rowOf.getByRole("button", { name: `Merge ${merge.from}` }), `Merge ${merge.from}`);
    const select = rowOf.getByRole("combobox");
    if ((await select.inputValue()) !== merge.into) await choose(select, merge.into, "merge target");
    await submit(page, rowOf.getByRole("button", { name: "Merge", exact: true }), `merge into ${merge.into}`);
    await expect(named(merge.from)).toHaveCount(0);
  }

  const before = await draftText(page);
  const looked = new Set<string>();
  const skipped: string[] = [];

  for (const rule of ITEMS) {
    const fixes = rule.text || rule.drop || rule.add || rule.figures;
    purpose = rule.reject ? "reject" : fixes ? "fix item" : "check item";
    const card = itemCard(page, rule);
    const count = await card.count();
    if (count !== 1) {
      skipped.push(`${rule.section} ${rule.match}: ${count} items match`);
      continue;
    }
    const key = (await card.getAttribute("data-key")) ?? "";
    looked.add(key);
    if (rule.reject) {
      await submit(page, card.getByRole("button", { name: /^Reject/ }), `reject ${rule.match}`);
      await expect(page.locator(`[data-key="${key}"]`)).toHaveAttribute("data-status", "rejected");
      continue;
    }
    if (!fixes) continue; // checked; accepted with its section below
    await click(card.getByRole("button", { name: /^Edit/ }), `Edit ${rule.match}`);
    const editor = page.locator(`[data-key="${key}"]`).getByRole("form", { name: "Edit item" });
    if (rule.text) await type(editor.getByLabel("Wording"), rule.text, "wording");
    for (const quote of rule.drop ?? []) {
      const box = editor.getByRole("checkbox", { name: quote });
      if ((await box.count()) === 0) {
        skipped.push(`${rule.section} ${rule.match}: no citation ${quote}`);
        continue;
      }
      await click(box.first(), `untick ${quote}`);
    }
    if (rule.add) {
      const n = numbers.get(rule.add.file);
      await choose(editor.getByLabel("Add a passage from"), new RegExp(`^\\[${n}\\] `), "source of the passage");
      await type(editor.getByLabel("Passage (copied exactly from the source)"), rule.add.passage, "passage", true);
      await expect(editor.getByText("Found in the source.")).toBeVisible();
    }
    // The desk names the figures no kept passage states (the engine took them from dropped ones).
    const offered = editor.getByRole("button", { name: /^Remove (it|them)$/ });
    if ((await offered.count()) > 0) await click(offered, "remove figures without a passage");
    else if (rule.figures) skipped.push(`${rule.section} ${rule.match}: no figure to remove`);
    await submit(page, editor.getByRole("button", { name: "Save item" }), `save ${rule.match}`);
    await expect(editor).toHaveCount(0);
  }

  for (const add of ADDS) {
    purpose = "add item";
    await click(page.getByTestId("desk-action-bar").getByRole("link", { name: "Add an item" }), "Add an item");
    const n = numbers.get(add.file);
    const panel = page.locator("#add-item");
    const sourceSelect = panel.getByLabel("Source", { exact: true });
    if (
      (await sourceSelect.inputValue()) !==
      (await sourceSelect
        .locator("option")
        .nth((n ?? 1) - 1)
        .getAttribute("value"))
    )
      await choose(sourceSelect, new RegExp(`^\\[${n}\\] `), "source");
    await type(panel.getByLabel("Or paste the exact passage"), add.passage, "passage", true);
    await panel.getByLabel("Or paste the exact passage").blur();
    await expect(panel.getByTestId("selected-passage")).toContainText("Citing:");
    if (add.section !== "positions") await choose(panel.getByLabel("Section"), sectionTitle(add.section), "section");
    if (add.party) await type(panel.getByLabel("Party"), add.party, "party");
    if (add.status && add.status !== "proposed")
      await choose(panel.getByLabel("Status"), statusLabel(add.status), "status");
    await type(panel.getByLabel("Item wording"), add.text, "wording");
    await submit(page, panel.getByRole("button", { name: "Add cited item" }), `add ${add.text.slice(0, 30)}`);
    await expect(
      page
        .getByTestId(`section-${add.section}`)
        .getByTestId("item-text")
        .filter({ hasText: add.text.slice(0, 40) }),
    ).toBeVisible();
  }

  // Every item not rejected has been read; the rest of each section is accepted in one go.
  purpose = "accept section";
  const unchecked: string[] = [];
  for (const card of await page.getByTestId("curation-item").all()) {
    const key = (await card.getAttribute("data-key")) ?? "";
    const status = await card.getAttribute("data-status");
    const origin = await card.getByTestId("item-origin").innerText();
    if (!looked.has(key) && status === "pending" && !origin.startsWith("Added"))
      unchecked.push(await card.getByTestId("item-text").innerText());
  }
  for (const section of ["positions", "dealTerms", "keyFigures", "openQuestions", "discrepancies", "timeline"]) {
    const box = page.getByTestId(`section-${section}`);
    const accept = box.getByRole("button", { name: "Accept remaining" });
    if ((await accept.count()) === 0) continue;
    await submit(page, accept, `Accept remaining (${section})`);
    await expect(box.getByRole("button", { name: "Accept remaining" })).toHaveCount(0);
  }
  await expect(page.getByTestId("review-status")).toContainText("Every item is reviewed.");

  purpose = "preview and publish";
  await click(page.getByRole("link", { name: "Preview what readers will see" }), "Preview");
  await page.waitForURL(/\/preview$/);
  await expect(page.getByTestId("reader-item").first()).toBeVisible();
  const previewText = await page.locator("main").innerText();
  for (const name of ["Source 2", "Source 3", "Source 6"])
    if (previewText.includes(name)) friction.push(`the preview still names "${name}"`);
  await page.goBack();
  record({ kind: "click", what: "back to the desk" });
  await click(page.getByTestId("desk-action-bar").getByRole("link", { name: "Publish…" }), "Publish… (action bar)");
  await click(page.getByRole("button", { name: "Publish new version…" }), "Publish new version…");
  await expect(page.getByTestId("publish-confirmation")).toContainText("Every item is reviewed.");
  await submit(page, page.getByRole("button", { name: "Publish version 1" }), "Publish version 1");
  await expect(page.getByText(/Published version 1/).first()).toBeVisible();
  return { before, skipped, unchecked };
}

function sectionTitle(section: BriefingSection): string {
  return {
    positions: "Positions",
    dealTerms: "Deal terms",
    keyFigures: "Key figures",
    openQuestions: "Open questions",
    discrepancies: "Where outlets disagree",
    timeline: "Timeline",
  }[section];
}

function statusLabel(status: DealTermStatus): RegExp {
  return {
    agreed: /^Agreed$/,
    tentative: /^Tentative/,
    proposed: /^Proposed$/,
    demanded: /^Demanded$/,
    rejected: /^Rejected$/,
  }[status];
}

// ---------------------------------------------------------------------------------------------
// A human's time for the same actions: Keystroke-Level Model operators (Card, Moran & Newell):
// M 1.35 s to decide, P 1.1 s to point, B 0.1 s a button press or release, K 0.28 s a keystroke
// (an average typist), H 0.4 s between mouse and keyboard. A pasted passage is selected in the
// source and pasted (M + P + 1.5 s drag + 2 K + P + BB); the server's answer is the measured wait.
const KLM = { M: 1.35, P: 1.1, B: 0.1, K: 0.28, H: 0.4 };
function humanSeconds(a: Action): number {
  const { M, P, B, K, H } = KLM;
  const server = (a.waitMs ?? 0) / 1000;
  switch (a.kind) {
    case "click":
    case "submit":
      return M + P + 2 * B + server;
    case "keypress":
      return M + K;
    case "choose":
      return M + 2 * (P + 2 * B);
    case "type":
      return a.paste ? M + P + 1.5 + 2 * K + P + 2 * B : M + P + 2 * B + H + (a.chars ?? 0) * K;
  }
}

async function main() {
  const articles = path.join(STORY_DIR, "articles");
  if (!fs.existsSync(articles)) {
    console.log(`No story at ${STORY_DIR} (the eval stories live in ../shared): nothing to walk through.`);
    return 0;
  }
  const files = fs
    .readdirSync(articles)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((f) => path.join(articles, f));
  const meta = JSON.parse(fs.readFileSync(path.join(STORY_DIR, "sources.json"), "utf8")) as {
    file: string;
    outlet: string;
    headline: string;
  }[];
  // The passages the plan cites must be in the files, as an editor copies them.
  for (const p of [...ITEMS.flatMap((r) => (r.add ? [r.add] : [])), ...ADDS]) {
    const text = fs.readFileSync(path.join(articles, p.file), "utf8");
    if (!text.includes(p.passage)) throw new Error(`passage not in ${p.file}: ${p.passage}`);
  }

  fs.mkdirSync(path.join(root, ".tmp"), { recursive: true });
  const dbFile = path.join(root, ".tmp", `walkthrough-${Date.now().toString(36)}.db`);
  const app = startApp(dbFile);
  const exited = new Promise((resolve) => app.once("exit", resolve));
  const stop = async () => {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  try {
    await waitForHealth();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    const started = Date.now();
    const { before, skipped, unchecked } = await walk(page, files, meta).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(root, ".tmp", "walkthrough-failure.png"), fullPage: true });
      throw error;
    });
    const seconds = (Date.now() - started) / 1000;
    await browser.close();

    const generated = briefingOf(dbFile, 0);
    const draft = scoreBriefing(generated, STORY_DIR);
    const published = scoreBriefing(briefingOf(dbFile, 1), STORY_DIR);
    report(seconds, { items: before.items, words: wordsToRead(generated) }, draft, published, skipped, unchecked);
    return 0;
  } finally {
    await stop();
    if (!KEEP) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** What an editor reads to judge the draft: the summary, every item and every passage it cites. */
function wordsToRead(b: Briefing): number {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const items = [
    ...b.positions,
    ...b.dealTerms,
    ...b.keyFigures,
    ...b.openQuestions,
    ...b.discrepancies,
    ...b.timeline,
  ];
  return (
    words(b.summary) +
    items.reduce((n, i) => n + words(i.text) + i.citations.reduce((m, c) => m + words(c.quote), 0), 0)
  );
}

function report(
  seconds: number,
  before: { items: number; words: number },
  draft: ReturnType<typeof scoreBriefing>,
  published: ReturnType<typeof scoreBriefing>,
  skipped: string[],
  unchecked: string[],
) {
  const by = (key: (a: Action) => string) => {
    const m = new Map<string, number>();
    for (const a of actions) m.set(key(a), (m.get(key(a)) ?? 0) + 1);
    return [...m].map(([k, n]) => `${k} ${n}`).join(", ");
  };
  const motor = actions.reduce((s, a) => s + humanSeconds(a), 0);
  // Reading: the summary, every item and the passages it cites, at 240 words a minute; the articles skimmed
  // once at 400 words a minute to know what a correct briefing holds.
  const articleWords = fs
    .readdirSync(path.join(STORY_DIR, "articles"))
    .reduce((n, f) => n + fs.readFileSync(path.join(STORY_DIR, "articles", f), "utf8").split(/\s+/).length, 0);
  const readDraft = (before.words / 240) * 60;
  const skim = (articleWords / 400) * 60;
  const line = (label: string, s: ReturnType<typeof scoreBriefing>) =>
    `${label}: recall ${s.recall.toFixed(1)} %, supported ${s.supported.toFixed(1)} %, distinct ${s.distinct.toFixed(1)} %, misattributed ${s.misattributed}, ${s.items} items`;
  console.log(`Desk walkthrough: ${path.basename(STORY_DIR)}`);
  console.log(`actions: ${actions.length}`);
  console.log(`  by kind: ${by((a) => a.kind)}`);
  console.log(`  by purpose: ${by((a) => a.purpose)}`);
  console.log(`scripted run: ${seconds.toFixed(0)} s (Chromium driving the built app on this machine)`);
  console.log(
    `human estimate: ${(motor / 60).toFixed(1)} min for the actions (KLM, with the measured server waits)` +
      ` + ${(readDraft / 60).toFixed(1)} min reading the draft's ${before.items} items and their passages (${before.words} words)` +
      ` + ${(skim / 60).toFixed(1)} min skimming the ${articleWords}-word articles` +
      ` = ${((motor + readDraft + skim) / 60).toFixed(1)} min`,
  );
  console.log(line("draft as generated", draft));
  console.log(line("published version 1", published));
  for (const s of skipped) console.log(`skipped: ${s}`);
  for (const u of unchecked) console.log(`accepted without a specific decision: ${u}`);
  for (const f of friction) console.log(`friction: ${f}`);
  if (args.includes("--verbose")) for (const a of actions) console.log(`  ${a.purpose} · ${a.kind} · ${a.what}`);
}

process.exitCode = await main();
