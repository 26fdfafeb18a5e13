import type { BriefingItemBase } from "@/lib/briefing/types";
import type { PublishedItem } from "@/lib/curation";
import { itemAnchorId } from "@/lib/reader/format";
import { CitationLinks, EditedMarker, OutletCount } from "./citation-links";
import { outletCount, type SourceIndex } from "./source-index";

type Item = PublishedItem<BriefingItemBase>;

/** An item's closing line: how many outlets back it, its citations (they open here), an edit marker. */
export function ItemEvidence({ item, sources }: { item: Item; sources: SourceIndex }) {
  return (
    <div className="item-evidence">
      <OutletCount count={outletCount(item.citations, sources)} />
      <CitationLinks citations={item.citations} sources={sources} />
      {item.origin === "edited" ? <EditedMarker /> : null}
    </div>
  );
}

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
    <li id={itemAnchorId(item.key)} className={`reader-item ${className}`} data-testid="reader-item">
      <p>
        {lead}
        {item.text}
      </p>
      {children}
      <ItemEvidence item={item} sources={sources} />
    </li>
  );
}
