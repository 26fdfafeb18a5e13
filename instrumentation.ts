// Runs once when the server starts: validating the environment here makes a production server
// without NEXTAUTH_SECRET (or with a malformed DATABASE_URL) refuse to start, with a message that
// says what to set, instead of failing on the first request. Next only logs an error thrown here
// and keeps serving, so the process exits itself.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    await import("./lib/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
