import path from "node:path";
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// The front page moves on every publish: CDNs keep it briefly and revalidate in the background.
// Briefing URLs get theirs from proxy.ts, which knows which versions are public (docs/reader.md).
const LATEST = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's file-system cache plus cross-instance invalidation (lib/reader/cache-sync.mjs).
  cacheHandler: path.resolve("lib/reader/cache-handler.mjs"),
  // jsdom, pdfjs and the Prisma adapters load files relative to their own package at run time.
  serverExternalPackages: ["jsdom", "pdfjs-dist", "mammoth", "@node-rs/argon2"],
  experimental: {
    // One upload batch may carry several files of up to MAX_UPLOAD_BYTES each; each file is
    // checked against the per-file limit on the server (lib/ingest).
    serverActions: { bodySizeLimit: "50mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/", headers: [{ key: "Cache-Control", value: LATEST }] },
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
