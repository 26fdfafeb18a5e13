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
  // Loads the cache handler the way Next does (Node's own import, outside the bundle: the same
  // module instance), so withdrawn versions are known and other instances' publishes are heard
  // from the first request on (lib/reader/cache-sync.mjs).
  const { pathToFileURL } = await import("node:url");
  const path = await import("node:path");
  const handler = pathToFileURL(path.resolve("lib/reader/cache-handler.mjs")).href;
  await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ handler);
}
