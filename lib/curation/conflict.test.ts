import { describe, expect, it } from "vitest";
import { assertRevision, ConflictError, isConflictError, mergeable } from "./conflict";

describe("optimistic locking", () => {
  it("lets a save through when the revision is the one the editor loaded", () => {
    expect(() => assertRevision(7, 7)).not.toThrow();
  });

  it("refuses a save when someone else saved a newer copy", () => {
    let caught: unknown;
    try {
      assertRevision(7, 8);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConflictError);
    const error = caught as ConflictError;
    expect(error).toMatchObject({ name: "ConflictError", expected: 7, actual: 8 });
    expect(error.message).toMatch(/someone else saved a newer copy/i);
    expect(error.message).toMatch(/reload/i);
  });

  it("recognises conflicts by name once the class identity is lost", () => {
    const plain = Object.assign(new Error("x"), { name: "ConflictError" });
    expect(isConflictError(plain)).toBe(true);
    expect(isConflictError(new Error("x"))).toBe(false);
    expect(isConflictError("ConflictError")).toBe(false);
  });

  it("does not merge: the second save is refused, not combined", () => {
    expect(mergeable).toBe(false);
    // Two editors load revision 3; the first save bumps it to 4; the second must fail.
    let stored = 3;
    const save = (expected: number) => {
      assertRevision(expected, stored);
      stored += 1;
    };
    save(3);
    expect(() => save(3)).toThrow(ConflictError);
    expect(stored).toBe(4);
  });
});
