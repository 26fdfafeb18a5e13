import { describe, expect, it } from "vitest";
import { storyDates } from "./story-dates";

describe("a story's own dates", () => {
  it("spans the sources' publication dates, ignoring missing and invalid ones", () => {
    const range = storyDates(["2024-11-14T08:00:00Z", null, "not a date", new Date("2024-11-12T09:00:00Z"), undefined]);
    expect(range?.first.toISOString()).toBe("2024-11-12T09:00:00.000Z");
    expect(range?.last.toISOString()).toBe("2024-11-14T08:00:00.000Z");
  });

  it("is null when no source has a date (the page then shows none rather than the publish date)", () => {
    expect(storyDates([null, undefined])).toBeNull();
  });
});
