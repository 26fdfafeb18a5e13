import { describe, expect, it } from "vitest";
import { StemIndex } from "./cluster";
import { containment, jaccard } from "./text";

/** The plain version StemIndex must agree with: per-item Map of shared counts, stable sort, slice. */
function naiveClosestLater(
  sets: Array<Set<string>>,
  item: number,
  minShared: number,
  maxDf: number,
  limit: number,
): number[] {
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) postings.set(s, [...(postings.get(s) ?? []), i]);
  });
  const shared = new Map<number, number>();
  for (const s of sets[item] ?? []) {
    const list = postings.get(s) ?? [];
    if (list.length > maxDf) continue;
    for (const j of list) if (j > item) shared.set(j, (shared.get(j) ?? 0) + 1);
  }
  return [...shared]
    .filter(([, c]) => c >= minShared)
    .sort((x, y) => y[1] - x[1])
    .slice(0, limit)
    .map(([j]) => j);
}

/** Small deterministic generator, so a failure can be replayed. */
function randomSets(seed: number, n: number, vocab: number, size: number): Array<Set<string>> {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => {
    const set = new Set<string>();
    const k = 1 + Math.floor(next() * size);
    while (set.size < k) set.add(`w${Math.floor(next() * next() * vocab)}`);
    return set;
  });
}

describe("StemIndex", () => {
  it("proposes the same candidates, in the same order, as a per-item map with a stable sort", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sets = randomSets(seed, 300, 60, 12);
      const index = new StemIndex(sets);
      for (const [minShared, maxDf, limit] of [
        [2, 40, 24],
        [2, 30, 16],
        [4, 1000, 16],
        [1, 15, 3],
      ] as const) {
        for (let i = 0; i < sets.length; i++)
          expect(index.closestLater(i, minShared, maxDf, limit)).toEqual(
            naiveClosestLater(sets, i, minShared, maxDf, limit),
          );
      }
    }
  });
  it("measures overlap exactly as jaccard and containment on the sets", () => {
    const sets = randomSets(7, 80, 30, 10);
    const index = new StemIndex(sets);
    for (let i = 0; i < sets.length; i++) {
      for (let j = 0; j < sets.length; j += 7) {
        expect(index.jaccard(i, j)).toBe(jaccard(sets[i] ?? new Set(), sets[j] ?? new Set()));
        expect(index.containment(i, j)).toBe(containment(sets[i] ?? new Set(), sets[j] ?? new Set()));
      }
    }
  });
});
