// The audit log in sentences: "Ana rejected 'Boeing refuses …' in Boeing strike, 16:21".
// Pure: the page passes the event with its actor's name and its story; links are built here.

export interface AuditEventView {
  action: string;
  actorName?: string | null | undefined;
  actorEmail?: string | null | undefined;
  entityType: string;
  entityId?: string | null | undefined;
  details?: unknown;
  createdAt: Date;
}

export interface AuditStoryRef {
  title: string;
  slug: string;
}

export interface AuditSentence {
  /** Who did it. */
  who: string;
  /** What they did, ending before the story ("rejected “Boeing refuses …”"). */
  what: string;
  story?: { title: string; href: string } | undefined;
  version?: { number: number; href: string } | undefined;
}

import { isBriefingSection, SECTION_TITLES } from "../curation/sections";

type Details = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function quoted(text: string | undefined, max = 60): string {
  if (!text) return "an item";
  return `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
}

const CURATE_VERBS: Record<string, string> = {
  accept: "accepted",
  reject: "rejected",
  restore: "restored",
  pin: "pinned",
  unpin: "unpinned",
  dismiss: "dismissed the orphaned decision on",
  "remove-added": "removed",
  edit: "edited",
  move: "moved",
  "add-item": "added",
};

function curateWhat(d: Details): string {
  const change = str(d.change) ?? "changed";
  if (change === "edit-summary") return "rewrote the summary";
  if (change === "restore-summary") return "restored the generated summary";
  const section = str(d.section);
  const sectionName = isBriefingSection(section) ? SECTION_TITLES[section] : "a section";
  if (change === "accept-remaining") return `accepted the remaining items of ${sectionName}`;
  if (change === "reject-remaining") return `rejected the remaining items of ${sectionName}`;
  if (change.startsWith("party-")) {
    const verb = change === "party-rename" ? "renamed the party" : "split the party";
    return `${verb} ${str(d.detail) ?? ""}`.trim();
  }
  const verb = CURATE_VERBS[change] ?? change;
  return `${verb} ${quoted(str(d.itemText))}`;
}

/** One event as a sentence with its links. Unknown actions still read sensibly. */
export function describeAuditEvent(event: AuditEventView, story?: AuditStoryRef | null): AuditSentence {
  const d: Details = event.details && typeof event.details === "object" ? (event.details as Details) : {};
  const who = event.actorName || event.actorEmail || "The system";
  const version = num(d.version);
  const withStory = story ? { title: story.title, href: `/desk/${story.slug}` } : undefined;
  const versionLink =
    story && version && version > 0 && event.action !== "briefing.curate"
      ? { number: version, href: `/b/${story.slug}/v/${version}` }
      : undefined;
  const what = ((): string => {
    switch (event.action) {
      case "user.sign-in":
        return "signed in";
      case "user.create":
        return `created the account ${str(d.email) ?? ""}`.trim();
      case "user.disable":
        return `disabled the account ${str(d.email) ?? ""}`.trim();
      case "user.enable":
        return `enabled the account ${str(d.email) ?? ""}`.trim();
      case "story.create":
        return "created the story";
      case "story.rename":
        return `renamed ${quoted(str(d.from))} to`;
      case "story.archive":
        return "archived";
      case "story.unarchive":
        return "restored from the archive";
      case "story.delete":
        return `deleted the story ${quoted(str(d.title))}`;
      case "source.add":
        return `added the source ${str(d.name) ?? ""}${num(d.words) ? ` (${num(d.words)} words)` : ""} to`.replace(
          / {2,}/g,
          " ",
        );
      case "source.include":
        return "included a source in";
      case "source.exclude":
        return "excluded a source from";
      case "source.delete":
        return `removed the source ${str(d.name) ?? ""} from`.replace(/ {2,}/g, " ");
      case "source.edit":
        return Array.isArray(d.backfill)
          ? `filled in ${d.backfill.join(", ")} of a source in`
          : "corrected a source's details in";
      case "briefing.rebuild":
        return "rebuilt the draft of";
      case "briefing.curate":
        return `${curateWhat(d)} in`;
      case "briefing.publish":
        return d.republished
          ? `made version ${version ?? "?"} public again in`
          : `published version ${version ?? "?"} of`;
      case "briefing.unpublish":
        return `unpublished version ${version ?? "?"} of`;
      default:
        return `did ${event.action} on`;
    }
  })();
  return { who, what, story: withStory, version: versionLink };
}

/** The story an event belongs to, from its details or its own id. */
export function auditStoryId(event: Pick<AuditEventView, "entityType" | "entityId" | "details">): string | undefined {
  const d = event.details && typeof event.details === "object" ? (event.details as Details) : {};
  return str(d.storyId) ?? (event.entityType === "Story" ? (event.entityId ?? undefined) : undefined);
}
