import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

describe("safeCallback", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallback("/desk/harbour-strike")).toBe("/desk/harbour-strike");
    expect(safeCallback("/admin/users?tab=1#top")).toBe("/admin/users?tab=1#top");
    expect(safeCallback(["/desk/a", "/desk/b"])).toBe("/desk/a");
  });

  it.each([
    ["//evil.example/x"],
    ["/\\127.0.0.1:3209/x"],
    ["/\\\\evil.example"],
    ["/%5C127.0.0.1:3209/x"],
    ["/%5c127.0.0.1:3209/x"],
    ["/%09/evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["https://evil.example/desk"],
    ["javascript:alert(1)"],
    ["desk"],
    [""],
  ])("refuses %j (another origin or not a plain path)", (value) => {
    expect(safeCallback(value)).toBe("/desk");
  });

  it("refuses nothing given", () => {
    expect(safeCallback(undefined)).toBe("/desk");
  });
});
