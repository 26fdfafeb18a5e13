import { describe, expect, it } from "vitest";
import {
  cachedPageSecurityPolicy,
  contentSecurityPolicy,
  createNonce,
  isHttpsUrl,
  staticSecurityHeaders,
} from "./headers";

describe("security headers", () => {
  it("allows only scripts with the response's nonce", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("gives pages served from cache a policy without a nonce, the other directives unchanged", () => {
    const policy = cachedPageSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).not.toContain("nonce-");
    expect(policy).not.toContain("strict-dynamic");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(cachedPageSecurityPolicy({ https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS and upgrades requests only behind https", () => {
    expect(isHttpsUrl("https://desk.example.org")).toBe(true);
    expect(isHttpsUrl("http://localhost:3000")).toBe(false);
    expect(staticSecurityHeaders({ https: true }).map((h) => h.key)).toContain("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: false }).map((h) => h.key)).not.toContain("Strict-Transport-Security");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });
});
