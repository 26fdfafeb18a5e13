// Near-duplicate grouping without all-pairs comparison: an inverted index from content stems to
// items proposes candidates (only through stems that are not too common), and a union-find joins
// pairs whose overlap clears the threshold. Cost grows with the number of shared rare stems,
// close to linear in sentences for news text.

/**
 * Inverted index over items' stem sets. Candidates for an item come from the posting lists of its
 * stems; overlaps are counted in typed arrays rather than per-item Maps, because on big stories
 * (hundreds of syndicated copies) this is the engine's innermost loop.
 */
export class StemIndex {
  /** Stem id -> ascending item numbers. */
  private readonly postings: number[][] = [];
  /** Item -> its stem ids, in the set's own order (candidate order depends on it). */
  private readonly itemStems: Int32Array[];
  /** Per-item scratch: shared-stem counts of the current query. */
  private readonly counts: Int32Array;
  /** Per-stem scratch: marks the stems of the item being compared. */
  private readonly marks: Uint8Array;
  private marked = -1;
  /** Scratch list of the items a query has counted, to reset their counts. */
  private readonly touched: number[] = [];

  constructor(stemSets: ReadonlyArray<ReadonlySet<string>>) {
    const ids = new Map<string, number>();
    // Filled by push, not by `map`: the array's elements kind then never depends on whether `map`
    // ran optimised, so every index shares one hidden class and optimised readers stay valid.
    this.itemStems = [];
    for (let item = 0; item < stemSets.length; item++) {
      const set = stemSets[item] ?? new Set<string>();
      const out = new Int32Array(set.size);
      let k = 0;
      for (const s of set) {
        let id = ids.get(s);
        if (id === undefined) {
          id = this.postings.length;
          ids.set(s, id);
          this.postings.push([]);
        }
        this.postings[id]?.push(item);
        out[k++] = id;
      }
      this.itemStems.push(out);
    }
    this.counts = new Int32Array(stemSets.length);
    this.marks = new Uint8Array(this.postings.length);
  }

  size(item: number): number {
    return this.itemStems[item]?.length ?? 0;
  }

  /**
   * Items after `item` sharing at least `minShared` of its stems, counted only through stems found
   * in at most `maxDf` items: the `limit` with most shared stems, most first. Ties keep the order
   * in which the items were first met (the item's stem order, then item number), exactly as a
   * stable sort of first-seen counts would.
   */
  closestLater(item: number, minShared: number, maxDf: number, limit: number): number[] {
    const counts = this.counts;
    const touched = this.touched;
    touched.length = 0;
    for (const id of this.itemStems[item] ?? []) {
      const list = this.postings[id];
      if (!list || list.length > maxDf) continue;
      for (let k = firstAbove(list, item); k < list.length; k++) {
        const j = list[k] as number;
        const c = counts[j] ?? 0;
        if (c === 0) touched.push(j);
        counts[j] = c + 1;
      }
    }
    let kept = touched.filter((j) => (counts[j] ?? 0) >= minShared);
    if (kept.length > limit) kept = keepMostShared(kept, counts, limit);
    kept.sort((x, y) => (counts[y] ?? 0) - (counts[x] ?? 0));
    for (const j of touched) counts[j] = 0;
    return kept;
  }

  /** Number of stems items `a` and `b` share (all stems, common ones included). */
  overlap(a: number, b: number): number {
    if (this.marked !== a) {
      // No item is marked yet at first (-1): reading index -1 would throw the optimised code away.
      const old = this.marked >= 0 ? this.itemStems[this.marked] : undefined;
      if (old) for (const id of old) this.marks[id] = 0;
      for (const id of this.itemStems[a] ?? []) this.marks[id] = 1;
      this.marked = a;
    }
    let inter = 0;
    for (const id of this.itemStems[b] ?? []) inter += this.marks[id] ?? 0;
    return inter;
  }

  /** Same value as text.ts `jaccard` on the two stem sets. */
  jaccard(a: number, b: number): number {
    const sa = this.size(a);
    const sb = this.size(b);
    if (sa === 0 || sb === 0) return 0;
    const inter = this.overlap(a, b);
    return inter / (sa + sb - inter);
  }

  /** Same value as text.ts `containment` on the two stem sets. */
  containment(a: number, b: number): number {
    const small = Math.min(this.size(a), this.size(b));
    if (small === 0) return 0;
    return this.overlap(a, b) / small;
  }
}

/** Position of the first entry greater than `x` in an ascending list. */
function firstAbove(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The `limit` items with the highest counts, ties in list order, still in list order: what
 * sorting by count and slicing would keep, without sorting the whole list.
 */
function keepMostShared(items: number[], counts: Int32Array, limit: number): number[] {
  // The lowest count that still gets in, and how many items with exactly that count fit, from a
  // histogram of the counts (they are small: at most the number of stems in a sentence).
  let max = 0;
  for (const j of items) max = Math.max(max, counts[j] ?? 0);
  const perCount = new Int32Array(max + 1);
  for (const j of items) {
    const c = counts[j] ?? 0;
    perCount[c] = (perCount[c] ?? 0) + 1;
  }
  let cut = max;
  let above = 0;
  while (cut > 0 && above + (perCount[cut] ?? 0) < limit) above += perCount[cut--] ?? 0;
  let roomAtCut = limit - above;
  return items.filter((j) => {
    const c = counts[j] ?? 0;
    if (c > cut) return true;
    if (c === cut && roomAtCut > 0) {
      roomAtCut--;
      return true;
    }
    return false;
  });
}

export interface ClusterOptions<T> {
  stems: (x: T) => Set<string>;
  /** Items with different keys never join (e.g. different actors). */
  key?: (x: T) => string;
  /** Only items from different groups join (e.g. different sources); same group allowed when undefined. */
  group?: (x: T) => string;
  minJaccard: number;
  minContainment?: number;
  /** Stems shared by more than this share of items are ignored as candidates generators. */
  maxDf?: number;
}

export function clusterItems<T>(items: T[], opt: ClusterOptions<T>): T[][] {
  // The callbacks and item types differ from caller to caller; the pairing itself runs on plain
  // arrays only (`clusterRoots`), so its optimised code serves every caller and is compiled once.
  const roots = clusterRoots(
    items.map(opt.stems),
    opt.key ? items.map(opt.key) : undefined,
    opt.group ? items.map(opt.group) : undefined,
    opt.minJaccard,
    opt.minContainment ?? -1,
    opt.maxDf ?? 0.05,
  );
  const byRoot = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const r = roots[i] ?? i;
    let list = byRoot.get(r);
    if (!list) byRoot.set(r, (list = []));
    const item = items[i];
    if (item !== undefined) list.push(item);
  }
  return [...byRoot.values()];
}

/**
 * Union-find over the items' stem sets: the root of each item's group. `minContainment` below 0
 * means containment alone never joins two items.
 */
function clusterRoots(
  stemSets: Set<string>[],
  keys: string[] | undefined,
  groups: string[] | undefined,
  minJaccard: number,
  minContainment: number,
  maxDfShare: number,
): Int32Array {
  const n = stemSets.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const index = new StemIndex(stemSets);
  const maxDf = Math.max(40, Math.min(250, Math.floor(maxDfShare * n)));
  for (let i = 0; i < n; i++) {
    if (index.size(i) === 0) continue;
    // The closest candidates suffice: union-find joins the rest transitively.
    for (const j of index.closestLater(i, 2, maxDf, 24)) {
      if (keys && keys[i] !== keys[j]) continue;
      if (groups && groups[i] === groups[j]) continue;
      const ok =
        index.jaccard(i, j) >= minJaccard ||
        (minContainment >= 0 &&
          Math.min(index.size(i), index.size(j)) >= 5 &&
          index.containment(i, j) >= minContainment);
      if (ok) parent[findRoot(parent, j)] = findRoot(parent, i);
    }
  }
  for (let i = 0; i < n; i++) parent[i] = findRoot(parent, i);
  return parent;
}

/** Root of `i` in a union-find forest, compressing the path on the way. */
function findRoot(parent: Int32Array, i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  let c = i;
  while (parent[c] !== r) {
    const next = parent[c] ?? r;
    parent[c] = r;
    c = next;
  }
  return r;
}
