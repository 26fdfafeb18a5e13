import { describe, expect, it } from "vitest";
import { PdfCache } from "./pdf-cache";

function counter() {
  let calls = 0;
  const render = async (input: { title: string; size?: number }) => {
    calls += 1;
    return Buffer.alloc(input.size ?? 10, input.title);
  };
  return { render, calls: () => calls };
}

describe("PdfCache", () => {
  it("renders a briefing once and serves the same bytes again", async () => {
    const cache = new PdfCache({ maxEntries: 4, maxBytes: 1000 });
    const { render, calls } = counter();
    const first = await cache.getOrRender({ title: "a" }, render);
    const second = await cache.getOrRender({ title: "a" }, render);
    expect(calls()).toBe(1);
    expect(second.equals(first)).toBe(true);
  });

  it("renders again when anything the PDF shows has changed", async () => {
    const cache = new PdfCache({ maxEntries: 4, maxBytes: 1000 });
    const { render, calls } = counter();
    await cache.getOrRender({ title: "a" }, render);
    const changed = await cache.getOrRender({ title: "b" }, render);
    expect(calls()).toBe(2);
    expect(changed.toString()).toContain("b");
  });

  it("drops the least recently used PDF beyond the entry limit", async () => {
    const cache = new PdfCache({ maxEntries: 2, maxBytes: 1000 });
    const { render, calls } = counter();
    await cache.getOrRender({ title: "a" }, render);
    await cache.getOrRender({ title: "b" }, render);
    await cache.getOrRender({ title: "a" }, render); // a is now the most recent
    await cache.getOrRender({ title: "c" }, render); // evicts b
    expect(cache.size).toBe(2);
    await cache.getOrRender({ title: "a" }, render);
    expect(calls()).toBe(3);
    await cache.getOrRender({ title: "b" }, render);
    expect(calls()).toBe(4);
  });

  it("keeps the total size under the byte limit and never keeps a PDF larger than it", async () => {
    const cache = new PdfCache({ maxEntries: 10, maxBytes: 100 });
    const { render, calls } = counter();
    await cache.getOrRender({ title: "a", size: 60 }, render);
    await cache.getOrRender({ title: "b", size: 60 }, render);
    expect(cache.size).toBe(1);
    await cache.getOrRender({ title: "huge", size: 500 }, render);
    await cache.getOrRender({ title: "huge", size: 500 }, render);
    expect(calls()).toBe(4);
    expect(cache.size).toBe(1);
  });
});
