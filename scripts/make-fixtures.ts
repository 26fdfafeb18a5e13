/**
 * Regenerates the binary ingest fixtures in e2e/fixtures/ (sample.docx, sample.pdf,
 * not-really-text.txt). sample.html is hand-written and not touched here.
 * Output is deterministic (fixed dates), so re-running it produces no git diff.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildDocx, buildPdf, tinyPng } from "../lib/ingest/fixture-builders";

// Invented news items written for these fixtures; not taken from any publication.
export const SAMPLE_DOCX_TITLE = "Orchard town votes to keep its weekly market";
export const SAMPLE_DOCX_PARAGRAPHS = [
  "Councillors in Brenhill voted 9 to 4 on Wednesday night to keep the Saturday market on Church Square, rejecting a plan to move it to the car park behind the sports hall.",
  "Traders had warned that the move would cost them passing customers. \u201cHalf of our sales are people who were not planning to buy anything,\u201d said Joan Pell, who has sold apples and cider at the market for 22 years.",
  "The council will instead close two parking bays on market days to make room for a second row of stalls. The change starts on 5 April.",
];

export const SAMPLE_PDF_TITLE = "Night ferry to Sal Mar\u00ed returns in April";
export const SAMPLE_PDF_PARAGRAPHS = [
  "The harbour authority of Port Vell confirmed on Monday that the night ferry to the island of Sal Mar\u00ed will resume on 3 April, after a winter of repairs to the landing stage that cost 1.8 million euros.",
  "Harbour master Lidia Ferrer said the first crossing would leave at 21:40 and that tickets would go on sale next week. Islanders had complained for months that the only alternative was a four-hour detour by road.",
];

async function main(): Promise<void> {
  const dir = path.resolve(import.meta.dirname, "../e2e/fixtures");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "sample.docx"), await buildDocx(SAMPLE_DOCX_PARAGRAPHS, { title: SAMPLE_DOCX_TITLE }));
  writeFileSync(
    path.join(dir, "sample.pdf"),
    await buildPdf(SAMPLE_PDF_PARAGRAPHS, { title: SAMPLE_PDF_TITLE, heading: SAMPLE_PDF_TITLE }),
  );
  // A real PNG under a .txt name: the upload must be refused by content, not extension.
  writeFileSync(path.join(dir, "not-really-text.txt"), tinyPng());
  console.log(`fixtures written to ${dir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main();
}
