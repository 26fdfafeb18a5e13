import type { Briefing, BriefingSection } from "@/lib/briefing/types";
import { BRIEFING_SECTIONS } from "@/lib/briefing/types";
import { CorroborationBadge, corroboration, ItemCitations, type SourceRef } from "./item-citations";
import { SECTION_EMPTY, SECTION_TITLES } from "./section-meta";

type AnyItem = Briefing[BriefingSection][number];

function itemLead(section: BriefingSection, item: AnyItem): string | null {
  if (section === "positions" && "actor" in item) return item.actor;
  if (section === "timeline" && "when" in item) return item.when;
  return null;
}

function DealTermMeta({ item }: { item: AnyItem }) {
  if (!("status" in item)) return null;
  return (
    <span className="ml-2 text-xs text-stone-600">
      <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium uppercase tracking-wide">{item.status}</span>
      {item.proposedBy ? <> · by {item.proposedBy}</> : null}
    </span>
  );
}

/** The generated briefing as the engine built it, with every citation expandable. */
export function DraftBriefingView({ briefing, sources }: { briefing: Briefing; sources: Map<string, SourceRef> }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="summary-heading">
        <h3 id="summary-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          Summary
        </h3>
        <p className="mt-2 font-serif text-lg leading-relaxed">{briefing.summary || "Not enough corroborated statements for a summary yet."}</p>
      </section>
      {BRIEFING_SECTIONS.map((section) => {
        const items = briefing[section] as AnyItem[];
        return (
          <section key={section} aria-labelledby={`section-${section}`} data-testid={`section-${section}`}>
            <h3 id={`section-${section}`} className="border-b border-stone-200 pb-1 font-serif text-xl font-bold">
              {SECTION_TITLES[section]} <span className="text-sm font-normal text-stone-500">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">{SECTION_EMPTY[section]}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {items.map((item, i) => {
                  const lead = itemLead(section, item);
                  return (
                    <li key={i} className="rounded-md border border-stone-200 bg-white p-3" data-testid="briefing-item">
                      <div className="flex items-start gap-3">
                        <p className="flex-1 text-sm leading-relaxed">
                          {lead ? <strong className="font-semibold">{lead}: </strong> : null}
                          {item.text}
                          {section === "dealTerms" ? <DealTermMeta item={item} /> : null}
                        </p>
                        <CorroborationBadge count={corroboration(item.citations)} />
                      </div>
                      <ItemCitations citations={item.citations} sources={sources} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
