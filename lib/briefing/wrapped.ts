// Hard-wrapped paragraphs: some pages are stored with a line break every few words ("Iran
// threatened on" / "Saturday to block a corridor …"), and a source is often cut mid-sentence at
// its end. The cleaner takes each such line for a heading; the stages that read a sentence's
// words (open questions) need the whole sentence back, as one raw slice of the source text.

import type { Doc, Sent } from "./pipeline";
import { contentStems } from "./text";

/** At most this many lines are joined into one sentence. */
const MAX_WRAPPED_PARTS = 8;

/** An empty line between two lines: they are separate paragraphs, however the first one ends. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\r?\n/u;

/** A line that stops mid-sentence: it ends on a lowercase word or a comma, not on a full stop. */
const endsMidSentence = (s: Sent) => /[\p{Ll},]$/u.test(s.text.trimEnd());

/**
 * The source's sentences with each run of wrapped lines joined into one sentence (the run's
 * first line gives its id and position; its text is the raw slice from the first line's start to
 * the last one's end). A run left open at the end of the source is a sentence cut off there.
 */
export function unwrappedSentences(doc: Doc, srcIndex: number): Sent[] {
  const src = doc.sources[srcIndex];
  if (!src) return [];
  const out: Sent[] = [];
  let run: Sent[] = [];
  const close = () => {
    if (run.length === 1 && run[0]) out.push(run[0]);
    else if (run.length > 1) out.push(joined(src.input.text, run));
    run = [];
  };
  for (const s of src.sents) {
    // A blank line ends a paragraph: a headline without a full stop does not run into the text below.
    const last = run[run.length - 1];
    if (last && PARAGRAPH_BREAK.test(src.input.text.slice(last.end, s.start))) close();
    // The headline line never starts a run.
    const open = s.idx > 0 && endsMidSentence(s);
    if (run.length > 0) {
      run.push(s);
      if (!open || run.length >= MAX_WRAPPED_PARTS) close();
    } else if (open) run.push(s);
    else out.push(s);
  }
  close();
  return out;
}

function joined(text: string, run: Sent[]): Sent {
  const first = run[0] as Sent;
  const last = run[run.length - 1] as Sent;
  const body = text.slice(first.start, last.end);
  return {
    start: first.start,
    end: last.end,
    text: body,
    para: first.para,
    kind: "content",
    gid: first.gid,
    src: first.src,
    sourceId: first.sourceId,
    idx: first.idx,
    stems: contentStems(body),
    a: first.a,
    figures: run.flatMap((s) => s.figures),
  };
}
