// The one place that reads process.env. Validated with zod so a misconfigured deployment fails at
// start with a message that says what to set, instead of misbehaving later.
import { z } from "zod";

const DEFAULT_DATABASE_URL = "file:./data/briefing-desk.db";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "must start with file: (SQLite) or postgres:// (PostgreSQL)",
    }),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  MAX_FILES_PER_UPLOAD: z.coerce.number().int().positive().default(20),
  ALLOW_PRIVATE_URLS: booleanFlag,
  URL_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type Env = z.infer<typeof schema>;

// Only used outside production, so `npm run dev` works on a fresh clone; production refuses it.
const DEVELOPMENT_SECRET = "briefing-desk-development-secret-not-for-production-use";

function loadEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Briefing Desk: invalid environment settings:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  // `next build` runs in production mode without the runtime secret; only refuse at run time.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET && !building) {
    throw new Error(
      "Briefing Desk: NEXTAUTH_SECRET is not set. Sessions are signed with it, so the app will not start " +
        "in production without one. Generate one with `openssl rand -base64 32` and set it in the " +
        "environment (or in .env.local) as NEXTAUTH_SECRET=<value>.",
    );
  }
  if (!env.NEXTAUTH_SECRET) env.NEXTAUTH_SECRET = DEVELOPMENT_SECRET;
  return env;
}

export const env = loadEnv();

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
