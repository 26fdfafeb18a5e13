import { AsyncLocalStorage } from "node:async_hooks";

// Text shaping (fontkit's `font.layout`: OpenType substitution, kerning, mark positioning) is
// the largest single cost of a render, and react-pdf repeats it: pagination lays a text out
// again on the page it lands on, and textkit shapes each line's fragment once more when it
// slices a run. In the demo briefing one render made 343 shaping calls for 195 distinct strings.
// Shaping is a pure function of (font, string, features, script, language, direction), so the
// renders remember it: each render gets its own memo, kept for that render only.
//
// The seam is the font object react-pdf hands to textkit (`Font.getFont(face).data`, the public
// font store): its `layout` method is wrapped, nothing in node_modules is edited. The wrapper
// only answers from a memo inside `withShapingMemo`; outside one it calls fontkit as before.

/** fontkit's GlyphPosition: numbers only, no methods, so a plain copy is a full copy. */
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A fontkit glyph run: the fields react-pdf reads, plus whatever else fontkit puts on it. */
interface GlyphRun {
  glyphs: unknown[];
  positions: GlyphPosition[];
}

type LayoutFn = (
  text: unknown,
  features?: unknown,
  script?: unknown,
  language?: unknown,
  direction?: unknown,
) => GlyphRun;

/** The parts of a fontkit font this module touches. */
export interface ShapedFont {
  layout: LayoutFn;
  readonly unitsPerEm: number;
}

type Memo = Map<ShapedFont, Map<string, GlyphRun>>;

const renderMemo = new AsyncLocalStorage<Memo>();
const wrappedFonts = new WeakSet<ShapedFont>();

/**
 * textkit passes `[]` or a style's `fontFeatureSettings` (an array of tags or an object of
 * tag → on/off). Anything else is not memoized (undefined key).
 */
function featuresKey(features: unknown): string | undefined {
  if (features === undefined || features === null) return "";
  if (Array.isArray(features)) return features.every((f) => typeof f === "string") ? features.join(",") : undefined;
  if (typeof features === "object") return JSON.stringify(features);
  return undefined;
}

function memoKey(text: string, features: unknown, script: unknown, language: unknown, direction: unknown) {
  const feat = featuresKey(features);
  if (feat === undefined) return undefined;
  // U+0000 cannot occur in the other parts, so keys of different calls cannot collide.
  return `${String(script)}\0${String(language)}\0${String(direction)}\0${feat}\0${text}`;
}

/**
 * A copy whose arrays and positions are the caller's own: textkit and pdfkit adjust positions
 * in place (y offsets, justification, scaling), so a run is never handed out twice. The glyph
 * objects themselves are shared, as fontkit already shares them (it caches one per glyph id).
 */
function copyRun(run: GlyphRun): GlyphRun {
  // Same prototype, so the copy keeps GlyphRun's getters (advanceWidth, bbox).
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object | null) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) => ({ ...position }));
  return copy;
}

/**
 * Wraps `font.layout` once; later calls for the same font object do nothing.
 *
 * Also pins `unitsPerEm`, a constant of the font: fontkit answers it through two getters (the
 * lazily decoded `head` table), and textkit's font substitution reads it for every character
 * of every text, ~3% of a render. An own property with the same value answers directly.
 */
export function memoizeShaping(font: ShapedFont): void {
  if (wrappedFonts.has(font)) return;
  Object.defineProperty(font, "unitsPerEm", { value: font.unitsPerEm, enumerable: true });
  const shape = font.layout;
  font.layout = function layoutWithMemo(text, features, script, language, direction) {
    const memo = renderMemo.getStore();
    const key = memo && typeof text === "string" ? memoKey(text, features, script, language, direction) : undefined;
    if (!memo || key === undefined) return shape.call(font, text, features, script, language, direction);
    let runs = memo.get(font);
    if (!runs) {
      runs = new Map();
      memo.set(font, runs);
    }
    const known = runs.get(key);
    if (known) return copyRun(known);
    const run = shape.call(font, text, features, script, language, direction);
    runs.set(key, copyRun(run));
    return run;
  };
  wrappedFonts.add(font);
}

/** Runs one render with a shaping memo of its own, dropped when the render ends. */
export function withShapingMemo<T>(render: () => Promise<T>): Promise<T> {
  return renderMemo.run(new Map(), render);
}
