import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress, LookupOptions } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { buildSource } from "./build-source";
import { decodeHtml, decodeTextStrict } from "./decode";
import { formatBytes, IngestError } from "./errors";
import { extractHtmlIsolated } from "./isolated";
import { completeFromText, metadataFromText, sourceFields } from "./metadata";
import { ADDRESS_CLASS_LABEL, classifyAddress, isPublicAddress } from "./ip-policy";
import { fail, urlSubject, type Subject } from "./subject";
import { DEFAULT_MAX_UPLOAD_BYTES } from "./file";
import type { IngestedSource, IngestWarning } from "./types";

export const DEFAULT_URL_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a hostname to every address it has (like dns.lookup with `all: true`). */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface IngestUrlOptions {
  /** Allow loopback/private/link-local targets. Off in production; tests use it for a local server. */
  allowPrivate?: boolean;
  /** Budget for the whole fetch (DNS, connect, every redirect, body). Default 10 s. */
  timeoutMs?: number;
  /** Cap on the decoded body. Default DEFAULT_MAX_UPLOAD_BYTES. */
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolver; injectable so tests can map names to addresses without real DNS. */
  lookup?: HostLookup;
  /**
   * Replaces the public-address rule when `allowPrivate` is false, e.g. to allowlist one
   * internal mirror. Applied to IP literals and to every resolved address of every hop.
   */
  isAllowedAddress?: (address: string) => boolean;
  userAgent?: string;
}

const defaultLookup: HostLookup = async (hostname) => {
  const results = await dnsLookup(hostname, { all: true, verbatim: true });
  return results.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
};

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a web page and extracts its article text.
 *
 * SSRF policy: only http(s); the target's addresses must all be public unless
 * `allowPrivate`. The check happens *inside* the socket's DNS lookup (node:http's
 * `lookup` option), so the address we vet is the address we connect to: a DNS-rebinding
 * answer that changes between "check" and "connect" cannot slip through. IP-literal
 * hosts skip DNS and are checked directly. Every redirect hop goes through the same
 * path. We deliberately use node:http rather than fetch: undici's fetch resolves
 * names itself, which would reopen the check-then-connect gap. HTTP(S)_PROXY variables
 * are ignored for the same reason (a proxy would connect on our behalf, unchecked).
 */
export async function ingestUrl(url: string, opts: IngestUrlOptions = {}): Promise<IngestedSource> {
  const subject = urlSubject(url);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_URL_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy: AddressPolicy = opts.allowPrivate ? () => true : (opts.isAllowedAddress ?? isPublicAddress);
  const resolve = opts.lookup ?? defaultLookup;

  let current = parseHttpUrl(url, subject);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop += 1) {
      assertHostAllowed(current, subject, policy, opts.allowPrivate ?? false);
      const res = await sendRequest(current, {
        signal: controller.signal,
        lookup: guardedLookup(resolve, policy, subject),
        userAgent: opts.userAgent ?? "BriefingDesk/0.1 (+source ingest)",
      });
      const status = res.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location)
          throw fail(subject, "fetch-failed", `${subject.display} answered with a redirect but no destination.`);
        if (hop >= maxRedirects) {
          throw fail(
            subject,
            "too-many-redirects",
            `${subject.display} redirected more than ${maxRedirects} times; we stopped following it.`,
          );
        }
        current = parseHttpUrl(new URL(location, current).href, subject, "redirected to");
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw fail(
          subject,
          "fetch-failed",
          `${subject.display} could not be fetched: the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}.`,
        );
      }
      return await readPage(res, current, subject, maxBytes);
    }
  } catch (err) {
    if (controller.signal.aborted) {
      throw fail(subject, "timeout", `${subject.display} did not answer within ${formatSeconds(timeoutMs)}.`, err);
    }
    if (err instanceof IngestError) throw err;
    throw networkError(err, subject);
  } finally {
    clearTimeout(timer);
  }
}

async function readPage(
  res: IncomingMessage,
  finalUrl: URL,
  subject: Subject,
  maxBytes: number,
): Promise<IngestedSource> {
  const { mime, charset } = parseContentType(res.headers["content-type"]);
  const isHtml = mime !== undefined && HTML_TYPES.has(mime);
  if (mime !== undefined && !isHtml && mime !== "text/plain") {
    res.destroy();
    const hint =
      mime === "application/pdf" || mime.includes("officedocument") ? " Download it and upload the file instead." : "";
    throw fail(
      subject,
      "unsupported",
      `${subject.display} is not a web page (it is ${mime}). Only HTML and plain-text pages can be added from a link.${hint}`,
    );
  }
  const declaredLength = Number(res.headers["content-length"]);
  const encoding = (res.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  if (encoding === "identity" && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    res.destroy();
    throw tooLarge(subject, maxBytes);
  }
  const body = await readBody(res, encoding, subject, maxBytes);
  const finalHref = finalUrl.href;
  const base = { url: finalHref };
  const looksHtml =
    isHtml ||
    (mime === undefined &&
      /^\s*<(!doctype html|html|head|body)/i.test(new TextDecoder().decode(body.subarray(0, 512))));
  if (looksHtml) {
    const decoded = decodeHtml(body, subject, charset);
    const { text, usedFallback, metadata } = await extractHtmlIsolated(decoded.text, { url: finalHref, subject });
    const meta = sourceFields(completeFromText(metadata, text));
    const warnings: IngestWarning[] = [];
    if (usedFallback)
      warnings.push({
        code: "extraction-fallback",
        message: `No article was recognised at ${subject.display}; the whole page text was used.`,
      });
    const outlet = meta.outlet ?? finalUrl.hostname.replace(/^www\./, "");
    // The address is the one we fetched (after redirects), not the page's claim of a canonical one.
    return buildSource("url", text, subject, { ...meta, ...base, outlet }, warnings, "has no readable text");
  }
  const text =
    charset && !/^utf-?8$/i.test(charset)
      ? decodeDeclared(body, charset, subject)
      : decodeTextStrict(body, subject, "a text page").text;
  const meta = sourceFields(metadataFromText(text));
  return buildSource(
    "url",
    text,
    subject,
    { ...meta, ...base, outlet: meta.outlet ?? finalUrl.hostname.replace(/^www\./, "") },
    [],
    "is empty",
  );
}

async function readBody(
  res: IncomingMessage,
  encoding: string,
  subject: Subject,
  maxBytes: number,
): Promise<Uint8Array> {
  let stream: Readable = res;
  if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(createGunzip());
  else if (encoding === "deflate") stream = res.pipe(createInflate());
  else if (encoding === "br") stream = res.pipe(createBrotliDecompress());
  else if (encoding !== "identity" && encoding !== "") {
    res.destroy();
    throw fail(subject, "unsupported", `${subject.display} was sent with an unsupported compression (${encoding}).`);
  }
  if (stream !== res) res.on("error", (err) => stream.destroy(err));

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      // Counted after decompression, so a small gzip bomb cannot get past the cap.
      total += buf.length;
      if (total > maxBytes) throw tooLarge(subject, maxBytes);
      chunks.push(buf);
    }
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(subject: Subject, maxBytes: number): IngestError {
  return fail(subject, "too-large", `${subject.display} is larger than the limit of ${formatBytes(maxBytes)}.`);
}

function decodeDeclared(body: Uint8Array, charset: string, subject: Subject): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(body);
  } catch {
    return decodeTextStrict(body, subject, "a text page").text;
  }
}

function parseContentType(header: string | undefined): { mime?: string; charset?: string } {
  if (!header) return {};
  const [type, ...params] = header.split(";");
  const result: { mime?: string; charset?: string } = {};
  const mime = type?.trim().toLowerCase();
  if (mime) result.mime = mime;
  for (const param of params) {
    const [key, value] = param.split("=");
    if (key?.trim().toLowerCase() === "charset" && value) result.charset = value.trim().replace(/^"|"$/g, "");
  }
  return result;
}

function parseHttpUrl(raw: string, subject: Subject, verb = "is"): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw fail(subject, "invalid-url", `${subject.display} is not a valid web address.`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail(
      subject,
      "invalid-url",
      `${subject.display} ${verb} a ${parsed.protocol.replace(/:$/, "")} address; only http and https links can be added.`,
    );
  }
  if (parsed.username || parsed.password) {
    throw fail(
      subject,
      "invalid-url",
      `${subject.display} ${verb} an address containing a user name or password; remove them and try again.`,
    );
  }
  parsed.hash = "";
  return parsed;
}

type AddressPolicy = (address: string) => boolean;

/** Checks that need no DNS: IP literals and names that always mean this machine. */
function assertHostAllowed(url: URL, subject: Subject, policy: AddressPolicy, allowPrivate: boolean): void {
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!allowPrivate && (host === "localhost" || host.endsWith(".localhost"))) {
    throw fail(
      subject,
      "blocked-address",
      `${subject.display} points to this server (localhost); internal addresses cannot be fetched.`,
    );
  }
  const cls = classifyAddress(host);
  if (cls !== "invalid" && !policy(host.replace(/^\[|\]$/g, ""))) {
    throw fail(
      subject,
      "blocked-address",
      `${subject.display} points to ${ADDRESS_CLASS_LABEL[cls]}; internal addresses cannot be fetched.`,
    );
  }
}

/**
 * Resolves `hostname` and refuses it unless every address passes the policy (public
 * addresses only, by default). Refusing when *any* address is internal, rather than
 * filtering, stops a name that mixes public and internal answers from reaching the
 * internal one on a retry or a happy-eyeballs fallback.
 */
export async function resolvePublicAddresses(
  hostname: string,
  opts: { allowPrivate?: boolean; lookup?: HostLookup; isAllowedAddress?: AddressPolicy; subject?: Subject } = {},
): Promise<ResolvedAddress[]> {
  const subject = opts.subject ?? urlSubject(hostname);
  const policy: AddressPolicy = opts.allowPrivate ? () => true : (opts.isAllowedAddress ?? isPublicAddress);
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await (opts.lookup ?? defaultLookup)(hostname);
  } catch (cause) {
    throw fail(
      subject,
      "fetch-failed",
      `${subject.display} could not be found: the name "${hostname}" does not resolve.`,
      cause,
    );
  }
  if (addresses.length === 0) {
    throw fail(
      subject,
      "fetch-failed",
      `${subject.display} could not be found: the name "${hostname}" has no addresses.`,
    );
  }
  for (const { address } of addresses) {
    if (!policy(address)) {
      throw fail(
        subject,
        "blocked-address",
        `${subject.display} resolves to ${address}, ${ADDRESS_CLASS_LABEL[classifyAddress(address)]}; internal addresses cannot be fetched.`,
      );
    }
  }
  return [...addresses];
}

function guardedLookup(resolve: HostLookup, policy: AddressPolicy, subject: Subject): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolvePublicAddresses(hostname, { lookup: resolve, isAllowedAddress: policy, subject }).then(
      (addresses) => {
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        const usable = wanted.length > 0 ? wanted : addresses;
        if (options.all) {
          const all: LookupAddress[] = usable.map((a) => ({ address: a.address, family: a.family }));
          callback(null, all);
        } else {
          const first = usable[0];
          if (first) callback(null, first.address, first.family);
          else callback(new Error(`no address for ${hostname}`), "");
        }
      },
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), ""),
    );
  };
}

function sendRequest(
  url: URL,
  opts: { signal: AbortSignal; lookup: LookupFunction; userAgent: string },
): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "GET",
        // A fresh socket per request: a pooled keep-alive socket would skip our lookup.
        agent: false,
        lookup: opts.lookup,
        signal: opts.signal,
        headers: {
          "user-agent": opts.userAgent,
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

function networkError(err: unknown, subject: Subject): IngestError {
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const reason =
    code === "ECONNREFUSED"
      ? "the server refused the connection"
      : code === "ENOTFOUND" || code === "EAI_AGAIN"
        ? "the address could not be found"
        : code === "ECONNRESET" || code === "EPIPE"
          ? "the connection was interrupted"
          : code.startsWith("ERR_TLS") || code.includes("CERT") || code === "DEPTH_ZERO_SELF_SIGNED_CERT"
            ? "its security certificate is not valid"
            : "the connection failed";
  return fail(subject, "fetch-failed", `${subject.display} could not be fetched: ${reason}.`, err);
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? "" : "s"}`;
}
