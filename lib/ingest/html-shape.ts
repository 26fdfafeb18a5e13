import { Parser } from "htmlparser2";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./limits";

export type HtmlShapeProblem =
  | { kind: "too-many-elements"; limit: number }
  | { kind: "too-deep"; limit: number; depth: number };

class StopScan extends Error {}

/**
 * Counts elements and nesting depth with a streaming tokenizer (htmlparser2, which closes <p>,
 * <li> … the way browsers do), stopping at the first limit crossed. jsdom and Readability cost
 * memory per element and recurse per nesting level, so a page is measured before a DOM is built.
 */
export function checkHtmlShape(
  html: string,
  limits: { maxElements?: number; maxDepth?: number } = {},
): HtmlShapeProblem | undefined {
  const maxElements = limits.maxElements ?? MAX_HTML_ELEMENTS;
  const maxDepth = limits.maxDepth ?? MAX_HTML_DEPTH;
  let elements = 0;
  let depth = 0;
  let problem: HtmlShapeProblem | undefined;
  const parser = new Parser(
    {
      onopentag() {
        elements += 1;
        depth += 1;
        if (elements > maxElements) problem = { kind: "too-many-elements", limit: maxElements };
        else if (depth > maxDepth) problem = { kind: "too-deep", limit: maxDepth, depth };
        if (problem) throw new StopScan();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (err) {
    if (!(err instanceof StopScan)) throw err;
  }
  return problem;
}
