import { describe, expect, it } from "vitest";
import { excerpt, formatDateTime, formatIsoDate, itemAnchorId, parseVersionParam, shortHash } from "./format";

describe("reader formatting", () => {
  it("formats dates in UTC whatever the server's zone", () => {
    expect(formatDateTime(new Date("2025-07-24T23:30:00Z"))).toBe("24 July 2025 at 23:30 UTC");
    expect(formatIsoDate("2025-07-25T08:00:00.000Z")).toBe("25 July 2025");
    expect(formatIsoDate("yesterday")).toBe("yesterday");
    expect(formatIsoDate(null)).toBeNull();
  });

  it("shortens hashes and keeps short values whole", () => {
    expect(shortHash("sha256:0123456789abcdef0123")).toBe("0123456789ab");
    expect(shortHash("abc")).toBe("abc");
  });

  it("cuts excerpts at a word boundary", () => {
    const text =
      "The United States and Israel recalled their negotiators from Doha on Thursday, a blow to ceasefire talks.";
    const cut = excerpt(text, 60);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(excerpt("Short.", 60)).toBe("Short.");
  });

  it("makes fragment-safe anchors from item keys", () => {
    expect(itemAnchorId("pos-1a2b3c4d-2")).toBe("item-pos-1a2b3c4d-2");
  });

  it("accepts only plain positive version numbers", () => {
    expect(parseVersionParam("1")).toBe(1);
    expect(parseVersionParam("12")).toBe(12);
    for (const bad of ["0", "-1", "01", "1e3", "1.0", "abc", "", "99999999999"]) {
      expect(parseVersionParam(bad)).toBeNull();
    }
  });
});

describe("story dates and deal-term wording", () => {
  it("formats a span of source dates compactly", async () => {
    const { formatDateRange } = await import("./format");
    const d = (iso: string) => new Date(iso);
    expect(formatDateRange({ first: d("2024-11-12T10:00Z"), last: d("2024-11-12T22:00Z") })).toBe("12 November 2024");
    expect(formatDateRange({ first: d("2024-11-12T10:00Z"), last: d("2024-11-14T10:00Z") })).toBe(
      "12–14 November 2024",
    );
    expect(formatDateRange({ first: d("2024-10-30T10:00Z"), last: d("2024-11-02T10:00Z") })).toBe(
      "30 October – 2 November 2024",
    );
    expect(formatDateRange({ first: d("2024-12-30T10:00Z"), last: d("2025-01-02T10:00Z") })).toBe(
      "30 December 2024 – 2 January 2025",
    );
  });

  it("drops a status word the badge already says", async () => {
    const { withoutStatusPrefix } = await import("./format");
    expect(withoutStatusPrefix("Rejected: a phased withdrawal of forces")).toBe("A phased withdrawal of forces");
    expect(withoutStatusPrefix("Rejected offers are common")).toBe("Rejected offers are common");
    expect(withoutStatusPrefix("Demanded (Hamas): The terror group also wants Israel to release 200 prisoners")).toBe(
      "The terror group also wants Israel to release 200 prisoners",
    );
    expect(withoutStatusPrefix("Tentatively agreed: a 38% raise over four years")).toBe("A 38% raise over four years");
    expect(
      withoutStatusPrefix(
        "Demanded (International Association of Machinists and Aerospace Workers): The union had demanded a 40% raise",
      ),
    ).toBe("The union had demanded a 40% raise");
    expect(withoutStatusPrefix("Tentative talks resumed")).toBe("Tentative talks resumed");
  });
});
