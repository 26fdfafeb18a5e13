import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import RenderResult from "next/dist/server/render-result";
import { sendRenderResult } from "next/dist/server/send-payload";
import { pageHtmlAsBytes } from "./page-bytes.mjs";

const HTML =
  "<!DOCTYPE html><html><body><p>“We will now consider alternative options,” the envoy said — 60 days.</p></body></html>";

function pageEntry(html: string) {
  return {
    lastModified: 1,
    cacheControl: { revalidate: 60, expire: undefined },
    value: { kind: "APP_PAGE", html, rscData: Buffer.from("0:{}"), headers: { "x-next-cache-tags": "t" }, status: 200 },
  };
}

describe("cached page HTML as bytes", () => {
  it("hands out the page's HTML as its UTF-8 bytes, everything else as it was", () => {
    const entry = pageEntry(HTML);
    const out = pageHtmlAsBytes(entry);
    expect(Buffer.isBuffer(out.value.html)).toBe(true);
    expect(Buffer.compare(out.value.html as unknown as Buffer, Buffer.from(HTML, "utf8"))).toBe(0);
    expect((out.value.html as unknown as Buffer).toString("utf8")).toBe(HTML);
    expect(out.value.rscData).toBe(entry.value.rscData);
    expect(out.value.headers).toBe(entry.value.headers);
    expect(out.value.status).toBe(200);
    expect(out.cacheControl).toBe(entry.cacheControl);
    expect(out.lastModified).toBe(1);
  });

  it("leaves the cached entry alone and encodes each cached value once", () => {
    const entry = pageEntry(HTML);
    const first = pageHtmlAsBytes(entry);
    const second = pageHtmlAsBytes(entry);
    expect(entry.value.html).toBe(HTML);
    expect(second).not.toBe(first);
    expect(second.value.html).toBe(first.value.html);
    // A re-rendered page is a new value: its own bytes.
    const rerendered = pageHtmlAsBytes(pageEntry(HTML.replace("60", "90")));
    expect((rerendered.value.html as unknown as Buffer).toString("utf8")).toContain("90 days");
  });

  it("passes route handlers, misses and other kinds through untouched", () => {
    const route = { lastModified: 1, value: { kind: "APP_ROUTE", body: Buffer.from("%PDF"), status: 200 } };
    expect(pageHtmlAsBytes(route)).toBe(route);
    expect(pageHtmlAsBytes(null)).toBeNull();
    expect(pageHtmlAsBytes(undefined)).toBeUndefined();
    const already = { lastModified: 1, value: { kind: "APP_PAGE", html: Buffer.from(HTML) } };
    expect(pageHtmlAsBytes(already)).toBe(already);
    const pages = { lastModified: 1, value: { kind: "PAGES", html: HTML, pageData: {} } };
    expect(pageHtmlAsBytes(pages)).toBe(pages);
  });

  // The handler relies on this: Next's RenderResult and sendRenderResult send a Buffer body as is.
  // If an upgrade of Next stops doing so, this fails before any reader sees a broken page.
  it("is sent by Next byte for byte", async () => {
    const bytes = pageHtmlAsBytes(pageEntry(HTML)).value.html as unknown as Buffer;
    const server = http.createServer((req, res) => {
      void sendRenderResult({
        req,
        res,
        result: RenderResult.fromStatic(bytes, "text/html; charset=utf-8"),
        generateEtags: false,
        poweredByHeader: false,
        cacheControl: undefined,
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), Buffer.from(HTML, "utf8"))).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
