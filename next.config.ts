import type { NextConfig } from "next";
import { env } from "./lib/env";
import { maxRequestBytes } from "./lib/upload-limits";
import { isHttpsUrl, staticSecurityHeaders } from "./lib/security/headers";

// One upload batch carries up to MAX_FILES_PER_UPLOAD files of MAX_UPLOAD_BYTES each; the proxy
// (which buffers bodies of the editor routes it matches) and server actions accept exactly that.
const bodyLimit = maxRequestBytes({
  maxUploadBytes: env.MAX_UPLOAD_BYTES,
  maxFilesPerUpload: env.MAX_FILES_PER_UPLOAD,
});

// The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it.
const securityHeaders = staticSecurityHeaders({ https: isHttpsUrl(env.NEXTAUTH_URL) });

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // jsdom, pdfjs and the Prisma adapters load files relative to their own package at run time.
  serverExternalPackages: ["jsdom", "pdfjs-dist", "mammoth", "@node-rs/argon2"],
  experimental: {
    serverActions: { bodySizeLimit: bodyLimit },
    proxyClientMaxBodySize: bodyLimit,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
