import type { BriefingItemBase } from "@/lib/briefing/types";
import type { PublishedItem } from "@/lib/curation";
import { itemAnchorId } from "@/lib/reader/format";
import { CitationLinks, EditedMarker, OutletCount } from "./citation-links";
import { outletCount, type SourceIndex } from "./source-index";

type Item = PublishedItem<BriefingItemBase>;

/** An item's closing line: its citations, how many outlets back it, and an edit marker. */
export function ItemEvidence({ item, sources }: { item: Item; sources: SourceIndex }) {
  return (
    <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
      <OutletCount count={outletCount(item.citations, sources)} />
      <CitationLinks itemKey={item.key} citations={item.citations} sources={sources} />
      {item.origin === "edited" ? <EditedMarker /> : null}
    </span>
  );
}

const itemShell =
  "scroll-mt-6 break-inside-avoid rounded-md border border-transparent py-2 target:border-amber-300 target:bg-amber-50/60 print:py-1";

/** One cited statement: its text, then the evidence. `lead` is bold text before it (a date, a status). */
export function BriefingItem({
  item,
  sources,
  lead,
  className = "",
  children,
}: {
  item: Item;
  sources: SourceIndex;
  lead?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <li id={itemAnchorId(item.key)} className={`${itemShell} ${className}`} data-testid="reader-item">
      <p className="leading-relaxed">
        {lead}
        {item.text}
      </p>
      {children}
      <ItemEvidence item={item} sources={sources} />
    </li>
  );
}
