// Optimistic locking for the draft decisions of a story.
//
// Each story row has an integer `revision`. The editor's page loads it along with the draft and
// sends it back on save. The save is a single conditional update:
//
//   const { count } = await prisma.story.updateMany({
//     where: { id, revision: expected },
//     data: { decisions: nextState, revision: { increment: 1 } },
//   });
//   if (count === 0) assertRevision(expected, (await prisma.story.findUniqueOrThrow({ where: { id } })).revision);
//
// Because the check and the write are one statement, two concurrent saves cannot both succeed.
// There is deliberately no automatic merge: the second save is refused with a ConflictError and
// the editor reloads, sees the colleague's decisions, and re-applies their own. Decisions are
// small and quick to redo, while a silent merge could resurrect an item a colleague rejected.

import { UserFacingError } from "../errors";
import type { BriefingSection } from "../briefing/types";
import type { CuratedBriefing } from "./apply";
import { hash32 } from "./text";

export class ConflictError extends UserFacingError {
  readonly expected: number;
  readonly actual: number;
  constructor(expected: number, actual: number, message?: string) {
    super(
      message ??
        `Someone else saved a newer copy of this briefing while you were editing (you had revision ${expected}, ` +
          `the saved copy is revision ${actual}). Your change was not saved. Reload the page to see their changes, then make yours again.`,
    );
    this.name = "ConflictError";
    this.expected = expected;
    this.actual = actual;
  }
}

/** Not merged automatically: see the note at the top of this file. */
export const mergeable = false;

export function assertRevision(expected: number, actual: number): void {
  if (expected !== actual) throw new ConflictError(expected, actual);
}

/** `instanceof` fails across bundles (server action boundary), so also check the name. */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ConflictError || (error instanceof Error && error.name === "ConflictError");
}

/** Fingerprint of a section's order and items: a move or bulk decision checks it before merging. */
export function sectionToken(curated: CuratedBriefing, section: BriefingSection): string {
  return hash32(curated.sections[section].map((i) => `${i.key}:${i.token}`).join("|"));
}
