import path from "node:path";
import type { NextConfig } from "next";
import { env } from "./lib/env";
import { maxRequestBytes } from "./lib/upload-limits";
import { cachedPageSecurityPolicy, isHttpsUrl, staticSecurityHeaders } from "./lib/security/headers";

// One upload batch carries up to MAX_FILES_PER_UPLOAD files of MAX_UPLOAD_BYTES each; the proxy
// (which buffers bodies of the editor routes it matches) and server actions accept exactly that.
const bodyLimit = maxRequestBytes({
  maxUploadBytes: env.MAX_UPLOAD_BYTES,
  maxFilesPerUpload: env.MAX_FILES_PER_UPLOAD,
});

// The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it; the reader pages,
// rendered once and served from cache, cannot carry a per-request nonce and get a fixed policy here
// (docs/decisions/007-reader-caching.md), so the most read URLs skip the proxy.
const https = isHttpsUrl(env.NEXTAUTH_URL);
const securityHeaders = staticSecurityHeaders({ https });
const readerPolicy = [
  {
    key: "Content-Security-Policy",
    value: cachedPageSecurityPolicy({ development: env.NODE_ENV === "development", https }),
  },
];

// The front page and latest pages move on every publish: CDNs keep them briefly and revalidate in
// the background. Versioned pages get theirs from the cache handler, which knows which versions are
// public (lib/reader/versioned-answer.mjs);
// PDFs and source texts set their own (docs/reader.md).
// No stale-while-revalidate in Cache-Control: browsers honour it too, and a reader would be shown
// the previous version after a publish. CDNs get it in their own header (RFC 9213).
const LATEST = "public, max-age=0, s-maxage=60";
const LATEST_CDN = "public, s-maxage=60, stale-while-revalidate=600";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  // Next's file-system cache plus cross-instance invalidation (lib/reader/cache-sync.mjs).
  cacheHandler: path.resolve("lib/reader/cache-handler.mjs"),
  // Rendered pages live in memory only: a restarted instance renders afresh from the database
  // instead of serving files another database (or an older run) left in .next.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // jsdom, pdfjs and the Prisma adapters load files relative to their own package at run time.
  serverExternalPackages: ["jsdom", "pdfjs-dist", "mammoth", "@node-rs/argon2"],
  experimental: {
    serverActions: { bodySizeLimit: bodyLimit },
    proxyClientMaxBodySize: bodyLimit,
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/", headers: readerPolicy },
      { source: "/editions/:path*", headers: readerPolicy },
      { source: "/b/:path*", headers: readerPolicy },
      {
        source: "/",
        headers: [
          { key: "Cache-Control", value: LATEST },
          { key: "CDN-Cache-Control", value: LATEST_CDN },
        ],
      },
      {
        source: "/b/:slug",
        headers: [
          { key: "Cache-Control", value: LATEST },
          { key: "CDN-Cache-Control", value: LATEST_CDN },
        ],
      },
    ];
  },
  async rewrites() {
    return [
      // The front page is rendered at run time (a build knows no briefings) and cached like the rest.
      { source: "/", destination: "/editions/latest" },
      // ?size=letter keeps working while each page size is its own cached file.
      {
        source: "/b/:slug/v/:n(\\d+)/pdf",
        has: [{ type: "query", key: "size", value: "(?<size>.+)" }],
        destination: "/b/:slug/v/:n/pdf/:size",
      },
      {
        source: "/b/:slug/pdf",
        has: [{ type: "query", key: "size", value: "(?<size>.+)" }],
        destination: "/b/:slug/pdf/:size",
      },
    ];
  },
};

export default nextConfig;
