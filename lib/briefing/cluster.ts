// Near-duplicate grouping without all-pairs comparison: an inverted index from content stems to
// items proposes candidates (only through stems that are not too common), and a union-find joins
// pairs whose overlap clears the threshold. Cost grows with the number of shared rare stems,
// close to linear in sentences for news text.

import { containment, jaccard } from "./text";

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
  const n = items.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let c = i;
    while (parent[c] !== r) {
      const next = parent[c] ?? r;
      parent[c] = r;
      c = next;
    }
    return r;
  };
  const stemSets = items.map(opt.stems);
  const index = new Map<string, number[]>();
  stemSets.forEach((set, i) => {
    for (const s of set) {
      let list = index.get(s);
      if (!list) index.set(s, (list = []));
      list.push(i);
    }
  });
  const maxDf = Math.max(40, Math.min(250, Math.floor((opt.maxDf ?? 0.05) * n)));
  const keys = opt.key ? items.map(opt.key) : undefined;
  const groups = opt.group ? items.map(opt.group) : undefined;
  for (let i = 0; i < n; i++) {
    const a = stemSets[i];
    if (!a || a.size === 0) continue;
    const shared = new Map<number, number>();
    for (const s of a) {
      const list = index.get(s);
      if (!list || list.length > maxDf) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    // The closest candidates suffice: union-find joins the rest transitively.
    const closest = [...shared].filter(([, c]) => c >= 2).sort((x, y) => y[1] - x[1]).slice(0, 24);
    for (const [j, count] of closest) {
      if (count < 2) continue;
      if (keys && keys[i] !== keys[j]) continue;
      if (groups && groups[i] === groups[j]) continue;
      const b = stemSets[j];
      if (!b) continue;
      const ok =
        jaccard(a, b) >= opt.minJaccard ||
        (opt.minContainment !== undefined && Math.min(a.size, b.size) >= 5 && containment(a, b) >= opt.minContainment);
      if (ok) parent[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, T[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let list = byRoot.get(r);
    if (!list) byRoot.set(r, (list = []));
    const item = items[i];
    if (item !== undefined) list.push(item);
  }
  return [...byRoot.values()];
}
