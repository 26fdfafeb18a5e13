import { readFileSync } from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { IngestError, ingestUrl, resolvePublicAddresses, type HostLookup, type IngestErrorCode } from "./index";

const SAMPLE_HTML = readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures/sample.html"), "utf8");

let server: http.Server;
let base = "";
let port = 0;
const hits: string[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  hits.push(url);
  if (url === "/article") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(SAMPLE_HTML);
  } else if (url === "/redirect") {
    res.writeHead(302, { location: "/hop2" });
    res.end();
  } else if (url === "/hop2") {
    res.writeHead(301, { location: `${base}/article#fragment` });
    res.end();
  } else if (url.startsWith("/loop/")) {
    const n = Number(url.slice(6));
    res.writeHead(307, { location: `/loop/${n + 1}` });
    res.end();
  } else if (url === "/to-file") {
    res.writeHead(302, { location: "file:///etc/passwd" });
    res.end();
  } else if (url === "/to-private") {
    res.writeHead(302, { location: "http://10.0.0.1/admin" });
    res.end();
  } else if (url === "/to-metadata-name") {
    res.writeHead(302, { location: `http://metadata.test:${port}/latest` });
    res.end();
  } else if (url === "/image") {
    res.writeHead(200, { "content-type": "image/png" });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  } else if (url === "/report.pdf") {
    res.writeHead(200, { "content-type": "application/pdf" });
    res.end("%PDF-1.4");
  } else if (url === "/plain") {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end("Statement from the ministry:\r\nNo comment at this time.\r\n");
  } else if (url === "/gzip") {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    res.end(gzipSync(SAMPLE_HTML));
  } else if (url === "/slow-headers") {
    // Never answers: the client's deadline must end the request.
  } else if (url === "/slow-body") {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>Starting");
  } else if (url === "/big") {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = `<p>${"filler words ".repeat(500)}</p>`;
    let sent = 0;
    const pump = () => {
      while (sent < 200) {
        sent += 1;
        if (!res.write(chunk)) {
          res.once("drain", pump);
          return;
        }
      }
      res.end();
    };
    res.on("close", () => {
      sent = Infinity;
    });
    pump();
  } else if (url === "/big-declared") {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(50_000_000) });
    res.write("<p>");
  } else if (url === "/missing") {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("not here");
  } else {
    res.writeHead(500);
    res.end();
  }
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  hits.length = 0;
});

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error("expected an IngestError");
}

async function expectRefused(promise: Promise<unknown>, code: IngestErrorCode, message?: RegExp): Promise<IngestError> {
  const err = await refusal(promise);
  expect(err.code).toBe(code);
  if (message) expect(err.message).toMatch(message);
  return err;
}

const local = { allowPrivate: true, timeoutMs: 5000 };

describe("ingestUrl against a local server (allowPrivate)", () => {
  it("extracts an HTML article with metadata and records the URL", async () => {
    const source = await ingestUrl(`${base}/article`, local);
    expect(source.origin).toBe("url");
    expect(source.url).toBe(`${base}/article`);
    expect(source.title).toBe("Valdora library reopens after flood repairs");
    expect(source.outlet).toBe("The Valdora Courier");
    expect(source.byline).toBe("Mirela Santos");
    expect(source.publishedAt).toBe("2025-02-11T08:15:00.000Z");
    expect(source.originalText).toContain("The public library on Canal Street reopened on Monday");
    expect(source.originalText).not.toContain("Subscribe now");
    expect(source.originalText).not.toContain("INJECTED BY SCRIPT");
  });

  it("follows redirects and records the final URL", async () => {
    const source = await ingestUrl(`${base}/redirect`, local);
    expect(source.url).toBe(`${base}/article`);
    expect(hits).toEqual(["/redirect", "/hop2", "/article"]);
  });

  it("stops after too many redirects", async () => {
    await expectRefused(ingestUrl(`${base}/loop/0`, local), "too-many-redirects", /redirected more than 5 times/);
    expect(hits).toHaveLength(6);
    await expectRefused(ingestUrl(`${base}/loop/0`, { ...local, maxRedirects: 1 }), "too-many-redirects");
  });

  it("refuses a redirect to a non-http scheme", async () => {
    await expectRefused(ingestUrl(`${base}/to-file`, local), "invalid-url", /redirected to a file address/);
  });

  it("accepts text/plain as received", async () => {
    const source = await ingestUrl(`${base}/plain`, local);
    expect(source.originalText).toBe("Statement from the ministry:\r\nNo comment at this time.\r\n");
    expect(source.outlet).toBe("127.0.0.1");
  });

  it("decompresses gzip bodies", async () => {
    const source = await ingestUrl(`${base}/gzip`, local);
    expect(source.title).toBe("Valdora library reopens after flood repairs");
  });

  it("refuses non-HTML content types", async () => {
    await expectRefused(ingestUrl(`${base}/image`, local), "unsupported", /is not a web page \(it is image\/png\)/);
    await expectRefused(
      ingestUrl(`${base}/report.pdf`, local),
      "unsupported",
      /Download it and upload the file instead/,
    );
  });

  it("reports HTTP errors", async () => {
    await expectRefused(ingestUrl(`${base}/missing`, local), "fetch-failed", /the server answered 404/);
  });

  it("times out a server that never answers", async () => {
    const started = Date.now();
    await expectRefused(
      ingestUrl(`${base}/slow-headers`, { ...local, timeoutMs: 300 }),
      "timeout",
      /did not answer within 0\.3 seconds/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("times out a body that never finishes", async () => {
    await expectRefused(ingestUrl(`${base}/slow-body`, { ...local, timeoutMs: 300 }), "timeout");
  });

  it("stops reading an oversized body", async () => {
    await expectRefused(
      ingestUrl(`${base}/big`, { ...local, maxBytes: 10_000 }),
      "too-large",
      /larger than the limit of 9\.8 KB/,
    );
    await expectRefused(ingestUrl(`${base}/big-declared`, { ...local, maxBytes: 10_000 }), "too-large");
  });

  it("reports a refused connection", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expectRefused(ingestUrl(`http://127.0.0.1:${closedPort}/`, local), "fetch-failed", /refused the connection/);
  });

  it("refuses URLs that are not http(s) or carry credentials", async () => {
    await expectRefused(ingestUrl("ftp://example.org/file", local), "invalid-url", /only http and https/);
    await expectRefused(ingestUrl("javascript:alert(1)", local), "invalid-url");
    await expectRefused(ingestUrl("not a url", local), "invalid-url", /not a valid web address/);
    await expectRefused(
      ingestUrl(`http://user:pw@127.0.0.1:${port}/article`, local),
      "invalid-url",
      /user name or password/,
    );
    expect(hits).toEqual([]);
  });
});

describe("SSRF policy (allowPrivate false)", () => {
  // Any lookup that is reached in these tests answers with internal addresses only,
  // so nothing can ever leave the machine.
  const fakeDns: Record<string, string[]> = {
    "intranet.test": ["10.0.0.5"],
    "metadata.test": ["169.254.169.254"],
    "mixed.test": ["93.184.216.34", "127.0.0.1"],
    "v6.test": ["fd12::1"],
    "mapped.test": ["::ffff:192.168.1.1"],
    "news.test": ["127.0.0.1"],
  };
  const lookup: HostLookup = async (hostname) => {
    const addresses = fakeDns[hostname];
    if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

  it.each([
    ["http://127.0.0.1/", /loopback/],
    ["http://10.0.0.1/", /private network/],
    ["http://169.254.169.254/latest/meta-data/", /link-local/],
    ["http://[::1]/", /loopback/],
    ["http://[::ffff:127.0.0.1]/", /loopback/],
    ["http://0.0.0.0/", /unspecified/],
    ["http://2130706433/", /loopback/],
    ["http://localhost/", /localhost/],
    ["http://app.localhost:3000/", /localhost/],
  ])("refuses %s without connecting", async (url, reason) => {
    let lookups = 0;
    const counting: HostLookup = async (h) => {
      lookups += 1;
      return lookup(h);
    };
    await expectRefused(ingestUrl(url, { lookup: counting }), "blocked-address", reason);
    expect(lookups).toBe(0);
  });

  it("refuses the local test server itself", async () => {
    await expectRefused(ingestUrl(`${base}/article`), "blocked-address");
    expect(hits).toEqual([]);
  });

  it.each([
    ["http://intranet.test/", /resolves to 10\.0\.0\.5, a private network address/],
    ["http://metadata.test/", /resolves to 169\.254\.169\.254, a link-local address/],
    ["http://mixed.test/", /resolves to 127\.0\.0\.1/],
    ["http://v6.test/", /unique-local/],
    ["http://mapped.test/", /private network/],
  ])("refuses %s when DNS answers with an internal address", async (url, reason) => {
    await expectRefused(ingestUrl(url, { lookup }), "blocked-address", reason);
    expect(hits).toEqual([]);
  });

  it("reports names that do not resolve", async () => {
    await expectRefused(ingestUrl("http://nowhere.test/", { lookup }), "fetch-failed", /does not resolve/);
  });

  it("accepts a public answer at the resolution step", async () => {
    const publicLookup: HostLookup = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
    ];
    await expect(resolvePublicAddresses("example.test", { lookup: publicLookup })).resolves.toHaveLength(2);
  });

  it("connects to the address it vetted, and re-checks every redirect hop", async () => {
    // news.test only exists in the injected lookup, so reaching the server proves the socket
    // used the vetted answer. The policy allows exactly the test server's address.
    const onlyTestServer = { lookup, isAllowedAddress: (a: string) => a === "127.0.0.1" };
    const source = await ingestUrl(`http://news.test:${port}/article`, onlyTestServer);
    expect(source.url).toBe(`http://news.test:${port}/article`);

    await expectRefused(
      ingestUrl(`http://news.test:${port}/to-private`, onlyTestServer),
      "blocked-address",
      /private network/,
    );
    await expectRefused(
      ingestUrl(`http://news.test:${port}/to-metadata-name`, onlyTestServer),
      "blocked-address",
      /169\.254\.169\.254/,
    );
    expect(hits).toEqual(["/article", "/to-private", "/to-metadata-name"]);
  });
});
