import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };

async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return import("./env");
}

afterEach(() => {
  process.env = { ...saved };
});

describe("env", () => {
  it("refuses to load in production without NEXTAUTH_SECRET and says how to set it", async () => {
    await expect(
      loadWith({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined, NEXT_PHASE: undefined }),
    ).rejects.toThrow(/NEXTAUTH_SECRET is not set.*openssl rand -base64 32/s);
  });

  it("accepts production with a secret, and development without one", async () => {
    const prod = await loadWith({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40) });
    expect(prod.env.NEXTAUTH_SECRET).toBe("x".repeat(40));
    const dev = await loadWith({ NODE_ENV: "development", NEXTAUTH_SECRET: undefined });
    expect(dev.env.NEXTAUTH_SECRET?.length).toBeGreaterThanOrEqual(32);
  });

  it("rejects a database URL of an unknown kind and a short secret, naming the setting", async () => {
    await expect(loadWith({ NODE_ENV: "development", DATABASE_URL: "mysql://x" })).rejects.toThrow(/DATABASE_URL/);
    await expect(loadWith({ NODE_ENV: "development", NEXTAUTH_SECRET: "short" })).rejects.toThrow(/NEXTAUTH_SECRET/);
  });

  it("reads limits with their defaults", async () => {
    const { env } = await loadWith({
      NODE_ENV: "test",
      MAX_UPLOAD_BYTES: undefined,
      ALLOW_PRIVATE_URLS: "1",
      DATABASE_URL: undefined,
    });
    expect(env.MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024);
    expect(env.ALLOW_PRIVATE_URLS).toBe(true);
    expect(env.DATABASE_URL).toBe("file:./data/briefing-desk.db");
  });
});
