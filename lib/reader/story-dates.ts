// A story's own dates are its sources' publication dates, not the day the desk published it.

/** The span of the sources' own publication dates: the story's dates, not the desk's. */
export function storyDates(dates: readonly (Date | string | null | undefined)[]): { first: Date; last: Date } | null {
  const times = dates
    .map((d) => (d ? new Date(d).getTime() : Number.NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
  if (times.length === 0) return null;
  return { first: new Date(times[0]!), last: new Date(times[times.length - 1]!) };
}
