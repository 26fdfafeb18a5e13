import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // jsdom, pdfjs and the Prisma adapters load files relative to their own package at run time.
  serverExternalPackages: ["jsdom", "pdfjs-dist", "mammoth", "@node-rs/argon2"],
  experimental: {
    // One upload batch may carry several files of up to MAX_UPLOAD_BYTES each; each file is
    // checked against the per-file limit on the server (lib/ingest).
    serverActions: { bodySizeLimit: "50mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
