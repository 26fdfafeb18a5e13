// A deal term's figures as the editor types them, and the ones nothing in the item states any more.

/** "$75,608, $119,309; four years" → ["$75,608", "$119,309", "four years"]: a comma inside a number stays. */
export function splitFigures(typed: string): string[] {
  return typed
    .split(/[;,]\s+|\n/)
    .map((f) => f.trim())
    .filter((f) => f !== "");
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ");

/**
 * The figures that neither the wording nor any cited passage contains: what is left after the
 * editor drops the citations a figure came from (the engine takes figures from every passage).
 */
export function figuresWithoutEvidence(figures: readonly string[], evidence: readonly string[]): string[] {
  const said = evidence.map(fold);
  return figures.filter((f) => !said.some((t) => t.includes(fold(f))));
}
