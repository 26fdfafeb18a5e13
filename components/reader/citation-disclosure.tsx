"use client";

import { createContext, useContext, useState } from "react";
import { citedParagraph, type CitedParagraph } from "@/lib/reader/passage";
import { keptFromPayload, type SourceTextPayload } from "@/lib/reader/source-text";

// One request per source and page, however many of its passages are opened.
const texts = new Map<string, Promise<SourceTextPayload>>();

function loadSourceText(url: string): Promise<SourceTextPayload> {
  let pending = texts.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SourceTextPayload>;
    });
    pending.catch(() => texts.delete(url));
    texts.set(url, pending);
  }
  return pending;
}

/** The pinned version's URL, under which each source's text lives: given once per page. */
const VersionPathContext = createContext<string | null>(null);

export function SourceTextsProvider({ versionPath, children }: { versionPath: string; children: React.ReactNode }) {
  return <VersionPathContext.Provider value={versionPath}>{children}</VersionPathContext.Provider>;
}

type Shown =
  | { state: "quote" }
  | { state: "loading" }
  | { state: "paragraph"; paragraph: CitedParagraph }
  | { state: "failed" };

/**
 * A citation number that opens its passage in place: a native <details>, so the keyboard and
 * screen readers treat it as a disclosure button with no extra code. The cited words are in the
 * page; the paragraph around them comes with the source's text, loaded when the reader opens it.
 */
export function CitationDisclosure({
  number,
  label,
  quote,
  hasText,
}: {
  /** Null when the cited source is not in the list. */
  number: number | null;
  label: string;
  quote: string;
  /** False when the stored source changed since publishing: only the quote can be shown. */
  hasText: boolean;
}) {
  const versionPath = useContext(VersionPathContext);
  const [shown, setShown] = useState<Shown>({ state: "quote" });
  const fullTextPath = hasText && versionPath && number !== null ? `${versionPath}/sources/${number}` : null;

  function onToggle(event: React.SyntheticEvent<HTMLDetailsElement>) {
    if (!event.currentTarget.open || !fullTextPath || shown.state !== "quote") return;
    setShown({ state: "loading" });
    loadSourceText(`${fullTextPath}/text`)
      .then((payload) => {
        const paragraph = citedParagraph(payload.text, quote, keptFromPayload(payload.kept));
        setShown(paragraph.found ? { state: "paragraph", paragraph } : { state: "failed" });
      })
      .catch(() => setShown({ state: "failed" }));
  }

  const opened = shown.state !== "quote";
  return (
    <details className="cite" onToggle={onToggle}>
      <summary aria-label={`[${number ?? "?"}] ${label}: cited passage`}>{`[${number ?? "?"}]`}</summary>
      <div className="cite-panel" aria-busy={shown.state === "loading" || undefined}>
        {/* The page carries only the cited words; the rest arrives when the passage is opened. */}
        {opened ? (
          <p>
            {number !== null ? (
              <a href={`#source-${number}`} className="text-ink">{`[${number}] ${label}`}</a>
            ) : (
              "Source not listed"
            )}
            {fullTextPath ? (
              <>
                {" · "}
                <a href={fullTextPath} className="text-accent">
                  full text
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        {shown.state === "paragraph" ? (
          <blockquote>
            {shown.paragraph.before}
            <mark className="citation-highlight">{shown.paragraph.passage}</mark>
            {shown.paragraph.after}
          </blockquote>
        ) : (
          <blockquote>
            <mark className="citation-highlight">{quote}</mark>
          </blockquote>
        )}
        {shown.state === "loading" ? <p className="mt-1 font-normal">Loading the paragraph…</p> : null}
        {shown.state === "failed" || (opened && !fullTextPath) ? (
          <p className="mt-1 font-normal">
            {shown.state === "failed"
              ? "The paragraph could not be loaded; the cited words are shown as published."
              : "The source has changed since this version was published, so the quote is shown on its own."}
          </p>
        ) : null}
      </div>
    </details>
  );
}
