"use client";

import { useState } from "react";
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
  id,
  number,
  label,
  quote,
  textUrl,
  fullTextPath,
}: {
  id: string;
  number: number | null;
  label: string;
  quote: string;
  /** Null when the stored source changed since publishing: only the quote can be shown. */
  textUrl: string | null;
  fullTextPath: string | null;
}) {
  const [shown, setShown] = useState<Shown>({ state: "quote" });

  function onToggle(event: React.SyntheticEvent<HTMLDetailsElement>) {
    if (!event.currentTarget.open || !textUrl || shown.state !== "quote") return;
    setShown({ state: "loading" });
    loadSourceText(textUrl)
      .then((payload) => {
        const paragraph = citedParagraph(payload.text, quote, keptFromPayload(payload.kept));
        setShown(paragraph.found ? { state: "paragraph", paragraph } : { state: "failed" });
      })
      .catch(() => setShown({ state: "failed" }));
  }

  const shownNumber = number ?? "?";
  return (
    <details id={id} className="cite" data-testid="citation" onToggle={onToggle}>
      <summary aria-label={`[${shownNumber}] ${label}: cited passage`} data-testid="citation-link">
        [{shownNumber}]
      </summary>
      <div className="cite-panel" aria-live="polite" aria-busy={shown.state === "loading"}>
        <p>
          {number !== null ? (
            <a href={`#source-${number}`} className="text-ink">
              [{number}] {label}
            </a>
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
        {shown.state === "paragraph" ? (
          <blockquote data-testid="passage">
            {shown.paragraph.before}
            <mark className="citation-highlight">{shown.paragraph.passage}</mark>
            {shown.paragraph.after}
          </blockquote>
        ) : (
          <blockquote data-testid="passage">
            <mark className="citation-highlight">{quote}</mark>
          </blockquote>
        )}
        {shown.state === "loading" ? <p className="mt-1 font-normal">Loading the paragraph…</p> : null}
        {shown.state === "failed" || !textUrl ? (
          <p className="mt-1 font-normal">
            {textUrl
              ? "The paragraph could not be loaded; the cited words are shown as published."
              : "The source has changed since this version was published, so the quote is shown on its own."}
          </p>
        ) : null}
      </div>
    </details>
  );
}
