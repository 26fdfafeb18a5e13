import type { ReactNode } from "react";
import { Document, Link, Page, StyleSheet, Text, View, type PageLayoutProps, type Styles } from "@react-pdf/renderer";
import type { DealTermStatus } from "../briefing/types";
import { SANS, SERIF } from "./fonts";
import { curlyQuote, formatDate, formatDateTime, pluralize, shortHash, urlLines } from "./format";
import type {
  AppendixEntry,
  BriefingPdfModel,
  DealTermModel,
  ModelItem,
  NoteModel,
  SectionModel,
  TimelineModel,
} from "./model";
import type { PdfPageSize } from "./types";

const INK = "#1b1d21";
const MUTED = "#5d6470";
const FAINT = "#8b919b";
const RULE = "#d5d8dd";
const ACCENT = "#9a2a1f";

const STATUS_COLOURS: Record<DealTermStatus, { fg: string; bg: string }> = {
  agreed: { fg: "#235c33", bg: "#e3f1e6" },
  tentative: { fg: "#1d5c57", bg: "#e0f0ee" },
  proposed: { fg: "#1f4a78", bg: "#e3ecf6" },
  demanded: { fg: "#7a4b00", bg: "#f7ecd9" },
  rejected: { fg: "#8c2318", bg: "#f6e1de" },
};

const MARGIN_X = 58;

const s = StyleSheet.create({
  // No lineHeight on the page (with the old pagination engine it made the render-prop
  // "Page n of m" footer disappear). Text styles set their own.
  page: {
    fontFamily: SERIF,
    fontSize: 10.5,
    color: INK,
    paddingTop: 58,
    paddingBottom: 66,
    paddingHorizontal: MARGIN_X,
  },
  runningHead: {
    position: "absolute",
    top: 28,
    left: MARGIN_X,
    right: MARGIN_X,
    fontFamily: SANS,
    fontSize: 7.5,
    color: FAINT,
    textAlign: "right",
  },
  footer: {
    position: "absolute",
    bottom: 30,
    left: MARGIN_X,
    right: MARGIN_X,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 6,
    fontFamily: SANS,
    fontSize: 7.5,
    color: MUTED,
  },
  // Takes what the page number leaves, so a long title is cut short instead of running into it.
  footerLeft: { flex: 1, marginRight: 16, maxLines: 1, textOverflow: "ellipsis" },
  footerRight: { flexShrink: 0 },
  changes: {
    fontFamily: SANS,
    fontSize: 9,
    lineHeight: 1.4,
    color: INK,
    backgroundColor: "#e8f1f8",
    padding: 8,
    marginBottom: 12,
  },

  kicker: {
    fontFamily: SANS,
    fontWeight: 600,
    fontSize: 8,
    letterSpacing: 0.6,
    color: ACCENT,
    textTransform: "uppercase",
    marginBottom: 6,
  },
  title: { fontFamily: SERIF, fontWeight: 700, fontSize: 23, lineHeight: 1.18, marginBottom: 4 },
  storyTitle: { fontFamily: SANS, fontSize: 11, color: MUTED, marginBottom: 2 },
  metaRow: {
    flexDirection: "row",
    flexWrap: "wrap",
    marginTop: 8,
    paddingTop: 6,
    paddingBottom: 6,
    borderTopWidth: 1.2,
    borderTopColor: INK,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    fontFamily: SANS,
    fontSize: 8.5,
    color: MUTED,
  },
  metaItem: { marginRight: 14 },
  metaStrong: { fontWeight: 600, color: INK },

  summaryBox: { marginTop: 16, marginBottom: 6, paddingLeft: 10, borderLeftWidth: 2.5, borderLeftColor: ACCENT },
  summaryLabel: {
    fontFamily: SANS,
    fontWeight: 600,
    fontSize: 7.5,
    letterSpacing: 0.4,
    color: ACCENT,
    textTransform: "uppercase",
    marginBottom: 2,
  },
  summary: { fontSize: 12, lineHeight: 1.45 },

  // On the block that holds a section's heading and first entry: sections have no wrapping
  // View. Pagination lays every node out again (twice, see the page layout below), so a
  // node that only groups others is pure cost.
  section: { marginTop: 16 },
  sectionHeading: {
    fontFamily: SANS,
    fontWeight: 600,
    fontSize: 10,
    letterSpacing: 0.6,
    textTransform: "uppercase",
    color: ACCENT,
    paddingBottom: 3,
    marginBottom: 7,
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
  },
  groupHeading: { fontFamily: SERIF, fontWeight: 700, fontSize: 10.5, marginTop: 3, marginBottom: 2 },

  itemRow: { flexDirection: "row", marginBottom: 5 },
  // The bullet is drawn, not typeset: a one-glyph Text costs a full text layout and a
  // shaping call per item. Size and place are those of Source Sans 3's U+2022 at 10.5 pt
  // (ink 40–264 × 143–384 units, baseline 10.75 pt below the row top), so it looks the same.
  bullet: {
    width: 2.5,
    height: 2.5,
    borderRadius: 1.25,
    marginLeft: 0.4,
    marginRight: 12 - 0.4 - 2.5,
    marginTop: 6.7,
    backgroundColor: FAINT,
  },
  itemBody: { flex: 1 },
  // react-pdf resolves a unitless lineHeight against the fontSize of the same style
  // (default 18pt), not the inherited one, so the two always travel together.
  itemText: { fontSize: 10.5, lineHeight: 1.42 },
  // The text itself takes the rest of the row: one node fewer per item than a wrapping View.
  itemTextInRow: { flex: 1, fontSize: 10.5, lineHeight: 1.42 },
  marker: { fontFamily: SANS, fontWeight: 600, fontSize: 6.5, color: ACCENT, verticalAlign: "super" },
  corroboration: { fontFamily: SANS, fontSize: 7.5, color: FAINT },

  dealMeta: { flexDirection: "row", flexWrap: "wrap", alignItems: "center", marginTop: 2 },
  statusPill: {
    fontFamily: SANS,
    fontWeight: 600,
    fontSize: 6.8,
    letterSpacing: 0.4,
    textTransform: "uppercase",
    paddingHorizontal: 4,
    paddingTop: 1.5,
    paddingBottom: 0.5,
    borderRadius: 2,
    marginRight: 8,
    lineHeight: 1.2,
  },
  dealMetaText: { fontFamily: SANS, fontSize: 8, color: MUTED, marginRight: 10 },

  timelineRow: { flexDirection: "row", marginBottom: 5 },
  // The rule between date and text is the date column's right border: a Text draws its
  // lines from its padding edge, ignoring a left border, so the rule cannot sit on the text.
  timelineWhen: {
    width: 86.75,
    paddingRight: 8,
    borderRightWidth: 0.75,
    borderRightColor: RULE,
    fontFamily: SANS,
    fontWeight: 600,
    fontSize: 8.5,
    color: INK,
    paddingTop: 1.2,
  },
  timelineText: { flex: 1, paddingLeft: 9, fontSize: 10.5, lineHeight: 1.42 },

  notesStart: { marginTop: 22 },
  noteRow: { flexDirection: "row", marginBottom: 3, fontSize: 8.5, lineHeight: 1.35 },
  noteNumber: { width: 20, fontFamily: SANS, fontWeight: 600, fontSize: 7.5, color: ACCENT, paddingTop: 0.8 },
  noteBody: { flex: 1 },
  noteSource: { fontFamily: SANS, fontWeight: 600, fontSize: 8 },

  appendixIntro: { fontFamily: SANS, fontSize: 8.5, lineHeight: 1.4, color: MUTED, marginBottom: 10 },
  sourceEntry: { marginBottom: 10, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: RULE },
  sourceHead: { flexDirection: "row", alignItems: "baseline" },
  sourceNumber: { width: 22, fontFamily: SANS, fontWeight: 600, fontSize: 10, color: ACCENT },
  sourceDetail: { flex: 1 },
  sourceOutlet: { fontFamily: SANS, fontWeight: 600, fontSize: 10 },
  sourceHeadline: { fontStyle: "italic", fontSize: 10 },
  sourceLine: { fontFamily: SANS, fontSize: 8, color: MUTED, marginTop: 1 },
  sourceUrl: { fontFamily: SANS, fontSize: 8, color: "#1f4a78", textDecoration: "none" },
  fullHash: { fontFamily: SANS, fontSize: 6.5, color: FAINT, marginTop: 1 },
});

// react-pdf 4.9 line breaking treats every boundary between two text runs (and any run of
// two or more spaces) as a hyphenation point and prints a "-" there. An infinite penalty
// forbids those breaks, so a marker never parts from its word with a stray hyphen.
const NO_RUN_BREAKS = 10_000;

/** Single leading space, no-break spaces inside: the line may break before "·" only. */
function corroborationLabel(count: number): string {
  // An uncited item is a defect upstream; say so rather than print "0 outlets".
  const label = count === 0 ? "unsourced" : pluralize(count, "outlet");
  return ` ·\u00a0${label.replace(" ", "\u00a0")}`;
}

type Style = Styles[string];

function ItemText({ item, style = s.itemText }: { item: ModelItem; style?: Style }) {
  return (
    <Text style={style} hyphenationPenalty={NO_RUN_BREAKS}>
      {item.text}
      {item.notes.length > 0 ? <Text style={s.marker}>{item.notes.join(",")}</Text> : null}
      <Text style={s.corroboration}>{corroborationLabel(item.corroboration)}</Text>
    </Text>
  );
}

// wrap={false} keeps an item, its markers and its meta line on one page; items are a
// sentence or two, so the cost is at most a few lines of white space at a page foot.
function BulletItem({ item }: { item: ModelItem }) {
  return (
    <View style={s.itemRow} wrap={false}>
      <View style={s.bullet} />
      <ItemText item={item} style={s.itemTextInRow} />
    </View>
  );
}

function DealTermItem({ item }: { item: DealTermModel }) {
  const colour = STATUS_COLOURS[item.status];
  return (
    <View style={s.itemRow} wrap={false}>
      <View style={s.bullet} />
      <View style={s.itemBody}>
        <ItemText item={item} />
        <View style={s.dealMeta}>
          <Text style={[s.statusPill, { color: colour.fg, backgroundColor: colour.bg }]}>{item.status}</Text>
          {item.proposedBy ? <Text style={s.dealMetaText}>{`Proposed by ${item.proposedBy}`}</Text> : null}
          {item.figures.length > 0 ? (
            <Text style={s.dealMetaText}>{`Figures: ${item.figures.join(" · ")}`}</Text>
          ) : null}
        </View>
      </View>
    </View>
  );
}

function TimelineItem({ item }: { item: TimelineModel }) {
  return (
    <View style={s.timelineRow} wrap={false}>
      <Text style={s.timelineWhen}>{item.when}</Text>
      <ItemText item={item} style={s.timelineText} />
    </View>
  );
}

function SectionHeading({ title }: { title: string }) {
  return <Text style={s.sectionHeading}>{title}</Text>;
}

/**
 * A heading travels with the first entry under it. minPresenceAhead does not do this
 * reliably when the next sibling is itself unbreakable, so the two share a wrap={false} box.
 */
function Headed({ heading, style, children }: { heading: ReactNode; style: Style; children: ReactNode[] }) {
  const [first, ...rest] = children;
  return (
    <>
      <View style={style} wrap={false}>
        {heading}
        {first}
      </View>
      {rest}
    </>
  );
}

function Section({ section }: { section: SectionModel }) {
  let entries: ReactNode[];
  switch (section.kind) {
    case "positions":
      // Flattened so that only an actor's name and first position are bound together;
      // a long group can still flow across a page break.
      entries = section.groups.flatMap((group) => {
        const [first, ...rest] = group.items.map((item, i) => <BulletItem key={`${group.actor}-${i}`} item={item} />);
        return [
          <View key={group.actor} wrap={false}>
            <Text style={s.groupHeading}>{group.actor}</Text>
            {first}
          </View>,
          ...rest,
        ];
      });
      break;
    case "dealTerms":
      entries = section.items.map((item, i) => <DealTermItem key={i} item={item} />);
      break;
    case "list":
      entries = section.items.map((item, i) => <BulletItem key={i} item={item} />);
      break;
    case "timeline":
      entries = section.items.map((item, i) => <TimelineItem key={i} item={item} />);
      break;
  }
  return (
    <Headed heading={<SectionHeading title={section.title} />} style={s.section}>
      {entries}
    </Headed>
  );
}

function Notes({ notes }: { notes: NoteModel[] }) {
  if (notes.length === 0) return null;
  return (
    <Headed heading={<SectionHeading title="Notes" />} style={s.notesStart}>
      {notes.map((note) => (
        <View key={note.n} style={s.noteRow} wrap={false}>
          <Text style={s.noteNumber}>{note.n}</Text>
          <Text style={s.noteBody}>
            <Text style={s.noteSource}>{note.sourceLabel}</Text>
            {/* One string, so one run to shape: the dash and the quote share a style. */}
            {` — ${curlyQuote(note.quote)}`}
          </Text>
        </View>
      ))}
    </Headed>
  );
}

function SourceEntry({ entry }: { entry: AppendixEntry }) {
  const url = entry.url;
  const retrieval = entry.retrievedAt ? `Added to the desk ${formatDate(entry.retrievedAt)}` : undefined;
  const outletLine = [
    entry.outlet ?? `Source ${entry.number}`,
    entry.publishedAt ? formatDate(entry.publishedAt) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(" · ");
  const cited =
    entry.notes.length > 0
      ? `Cited in ${entry.notes.length === 1 ? "note" : "notes"} ${entry.notes.join(", ")}`
      : "Not cited in this briefing";
  return (
    <View style={s.sourceEntry} wrap={false}>
      <View style={s.sourceHead}>
        <Text style={s.sourceNumber}>{String(entry.number)}</Text>
        <View style={s.sourceDetail}>
          <Text style={s.sourceOutlet}>{outletLine}</Text>
          {entry.headline ? <Text style={s.sourceHeadline}>{entry.headline}</Text> : null}
          {entry.publishedAt ? null : <Text style={s.sourceLine}>Publication date not recorded</Text>}
          {/* One Link per line: a "\n" inside a Text is a character the embedded fonts lack,
              so react-pdf would pull in Helvetica just to draw it. */}
          {url
            ? urlLines(url).map((line, i) => (
                <Link key={i} src={url} style={s.sourceUrl}>
                  {line}
                </Link>
              ))
            : null}
          <Text style={s.sourceLine}>
            {[retrieval, cited].filter((part): part is string => part !== undefined).join(" · ")}
          </Text>
          {entry.contentHash ? (
            <>
              <Text style={s.sourceLine}>
                Content hash <Text style={s.metaStrong}>{shortHash(entry.contentHash)}</Text>
              </Text>
              <Text style={s.fullHash}>{entry.contentHash}</Text>
            </>
          ) : (
            <Text style={s.sourceLine}>Content hash not recorded</Text>
          )}
        </View>
      </View>
    </View>
  );
}

export interface BriefingDocumentProps {
  model: BriefingPdfModel;
  title: string;
  summary: string;
  storyTitle: string;
  version: number;
  publishedAt: string;
  pageSize: PdfPageSize;
  changes?: { since: number; summary: string } | undefined;
}

/** The footer's story title, cut at a word so it never reaches the page number. */
function footerTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max).trimEnd()}…`;
}

export function BriefingDocument(props: BriefingDocumentProps) {
  const { model, title, summary, storyTitle, version, publishedAt, pageSize, changes } = props;
  const showStoryTitle = storyTitle.trim() !== "" && storyTitle.trim() !== title.trim();
  const footerLabel = `Briefing Desk · ${footerTitle(storyTitle || title)} · Version ${version}`;
  const runningHead = `${title} — version ${version}`;
  // Texts are built as single strings: every JSX child of a <Text> becomes its own run,
  // shaped by a separate fontkit call.
  const appendixIntro =
    "Each note quotes a verbatim passage of one of these sources. The content hash identifies the exact text " +
    `that was retrieved and used for version ${version}, published ${formatDate(publishedAt)}.`;
  // Page chrome as a Page `layout` (react-pdf's new pagination engine): run once per output
  // page with its number, instead of `fixed` nodes with render props, which make the default
  // engine lay out every remaining node again at each page split.
  // The engine paginates twice when a layout exists, the first time only to count pages
  // (`totalPages` still unknown). The chrome is absolutely positioned and takes no room
  // from the content, so it is left out of that round: the pages break the same, and its
  // text is laid out half as often.
  const layout = ({ children, pageNumber = 1, totalPages }: PageLayoutProps) =>
    totalPages === undefined ? (
      children
    ) : (
      <>
        {pageNumber > 1 ? <Text style={s.runningHead}>{runningHead}</Text> : null}
        {children}
        <View style={s.footer}>
          <Text style={s.footerLeft}>{footerLabel}</Text>
          <Text style={s.footerRight}>{`Page ${pageNumber} of ${totalPages}`}</Text>
        </View>
      </>
    );

  return (
    <Document
      title={`${title} (version ${version})`}
      subject={storyTitle}
      author="Briefing Desk"
      creator="Briefing Desk"
      producer="Briefing Desk"
      language="en"
    >
      <Page size={pageSize} style={s.page} layout={layout} wrap>
        <Text style={s.kicker}>Briefing Desk · Briefing</Text>
        <Text style={s.title}>{title}</Text>
        {showStoryTitle ? <Text style={s.storyTitle}>{`Story: ${storyTitle}`}</Text> : null}
        <View style={s.metaRow}>
          <Text style={s.metaItem}>
            Published <Text style={s.metaStrong}>{formatDateTime(publishedAt)}</Text>
          </Text>
          <Text style={s.metaItem}>
            <Text style={s.metaStrong}>{`Version ${version}`}</Text>
          </Text>
          <Text style={s.metaItem}>{pluralize(model.appendix.length, "source")}</Text>
          <Text style={s.metaItem}>{pluralize(model.notes.length, "citation")}</Text>
        </View>

        {changes ? (
          <Text style={s.changes}>{`What changed since version ${changes.since}: ${changes.summary}`}</Text>
        ) : null}

        {summary.trim() ? (
          <View style={s.summaryBox}>
            <Text style={s.summaryLabel}>Summary</Text>
            <Text style={s.summary}>{summary}</Text>
          </View>
        ) : null}

        {model.sections.map((section) => (
          <Section key={section.kind === "list" ? section.key : section.kind} section={section} />
        ))}

        <Notes notes={model.notes} />
      </Page>

      {/* Its own Page rather than a `break` inside the body: the appendix always starts a
          page, and a Page of its own is paginated on its own. Page numbers run across both. */}
      {model.appendix.length > 0 ? (
        <Page size={pageSize} style={s.page} layout={layout} wrap>
          <SectionHeading title="Sources" />
          <Text style={s.appendixIntro}>{appendixIntro}</Text>
          {model.appendix.map((entry) => (
            <SourceEntry key={entry.id} entry={entry} />
          ))}
        </Page>
      ) : null}
    </Document>
  );
}
