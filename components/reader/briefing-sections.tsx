import type { BriefingSection } from "@/lib/briefing/types";
import type { PublishedBriefing } from "@/lib/curation";
import { SECTION_EMPTY, SECTION_TITLES } from "@/components/briefing/section-meta";
import { excerpt, itemAnchorId, withoutStatusPrefix } from "@/lib/reader/format";
import { derivePartyTermOverview } from "@/lib/reader/party-term-overview";
import { BriefingItem, ItemEvidence } from "./briefing-item";
import { DealTermBadge } from "./deal-term-badge";
import { PartyTermTable } from "./party-term-table";
import { citationsBySource, type SourceIndex } from "./source-index";

export function sectionId(section: BriefingSection): string {
  return `section-${section}`;
}

function Section({ section, count, children }: { section: BriefingSection; count: number; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={`${sectionId(section)}-heading`}
      id={sectionId(section)}
      className="scroll-mt-6"
      data-testid={sectionId(section)}
    >
      <h2
        id={`${sectionId(section)}-heading`}
        className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold print:break-after-avoid"
      >
        {SECTION_TITLES[section]}
      </h2>
      {count === 0 ? <p className="mt-3 text-stone-600">{SECTION_EMPTY[section]}</p> : children}
    </section>
  );
}

function groupByActor(positions: PublishedBriefing["positions"]) {
  const groups = new Map<string, PublishedBriefing["positions"]>();
  for (const position of positions) {
    const actor = position.actor.trim() || "Unattributed";
    groups.set(actor, [...(groups.get(actor) ?? []), position]);
  }
  return [...groups];
}

export function PositionsSection({ briefing, sources }: { briefing: PublishedBriefing; sources: SourceIndex }) {
  const overview = derivePartyTermOverview(briefing);
  return (
    <Section section="positions" count={briefing.positions.length}>
      {overview ? <PartyTermTable overview={overview} /> : null}
      <div className="mt-4 space-y-6">
        {groupByActor(briefing.positions).map(([actor, items]) => (
          <div key={actor}>
            <h3 className="font-serif text-lg font-semibold text-accent-dark print:break-after-avoid">{actor}</h3>
            <ul className="mt-1 divide-y divide-stone-200">
              {items.map((item) => (
                <BriefingItem key={item.key} item={item} sources={sources} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}

export function DealTermsSection({ briefing, sources }: { briefing: PublishedBriefing; sources: SourceIndex }) {
  return (
    <Section section="dealTerms" count={briefing.dealTerms.length}>
      <ul className="mt-3 divide-y divide-stone-200">
        {briefing.dealTerms.map((term) => (
          <BriefingItem
            key={term.key}
            item={{ ...term, text: withoutStatusPrefix(term.text) }}
            sources={sources}
            lead={
              <>
                <DealTermBadge status={term.status} />{" "}
              </>
            }
          >
            {term.proposedBy || term.figures.length > 0 ? (
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
                {term.proposedBy ? (
                  <span>
                    {term.status === "demanded" ? "Demanded by" : "Put forward by"}{" "}
                    <strong className="font-semibold">{term.proposedBy}</strong>
                  </span>
                ) : null}
                {term.figures.length > 0 ? (
                  <span className="flex flex-wrap gap-1" aria-label="Figures">
                    {term.figures.map((figure) => (
                      <span
                        key={figure}
                        className="rounded bg-stone-200 px-1.5 py-0.5 font-mono text-xs text-stone-800"
                      >
                        {figure}
                      </span>
                    ))}
                  </span>
                ) : null}
              </p>
            ) : null}
          </BriefingItem>
        ))}
      </ul>
    </Section>
  );
}

export function PlainSection({
  section,
  briefing,
  sources,
}: {
  section: "keyFigures" | "openQuestions";
  briefing: PublishedBriefing;
  sources: SourceIndex;
}) {
  const items = briefing[section];
  return (
    <Section section={section} count={items.length}>
      <ul className="mt-3 divide-y divide-stone-200">
        {items.map((item) => (
          <BriefingItem key={item.key} item={item} sources={sources} />
        ))}
      </ul>
    </Section>
  );
}

/** Each discrepancy with its citations side by side, so the outlets' wordings can be compared. */
export function DiscrepanciesSection({ briefing, sources }: { briefing: PublishedBriefing; sources: SourceIndex }) {
  return (
    <Section section="discrepancies" count={briefing.discrepancies.length}>
      <ul className="mt-3 space-y-6">
        {briefing.discrepancies.map((item) => (
          <li
            key={item.key}
            id={itemAnchorId(item.key)}
            className="scroll-mt-6 break-inside-avoid rounded-md border border-transparent target:border-amber-300 target:bg-amber-50/60"
            data-testid="reader-item"
          >
            <p className="leading-relaxed">{item.text}</p>
            <ul className="mt-2 grid gap-3 sm:grid-cols-2" aria-label="How each outlet puts it">
              {citationsBySource(item.citations, sources).map(({ citation, index: i, source }) => (
                <li key={i} className="quote-card">
                  <p className="text-sm font-semibold">
                    <span className="text-accent">[{source?.number ?? "?"}]</span>{" "}
                    {source ? excerpt(source.label, 60) : "Source not listed"}
                  </p>
                  <blockquote className="quote-card-text">{citation.quote}</blockquote>
                </li>
              ))}
            </ul>
            <ItemEvidence item={item} sources={sources} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function TimelineSection({ briefing, sources }: { briefing: PublishedBriefing; sources: SourceIndex }) {
  return (
    <Section section="timeline" count={briefing.timeline.length}>
      <ol className="mt-3 border-l-2 border-stone-300">
        {briefing.timeline.map((event) => (
          <BriefingItem
            key={event.key}
            item={event}
            sources={sources}
            className="timeline-item"
            lead={
              <strong className="mr-1 block text-sm font-semibold uppercase tracking-wide text-accent-dark">
                {event.when}
              </strong>
            }
          />
        ))}
      </ol>
    </Section>
  );
}
