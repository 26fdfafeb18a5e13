// The production server (`npm start`): Next's own request handler, with cached reader responses
// answered before it (lib/reader/cached-response.mjs, docs/decisions/010-cached-reader-responses-before-next.md).
//
//   node server.mjs [-p 3000] [-H 0.0.0.0]      PORT works too, as for `next start`
//
// Everything Next does is still done by Next: rendering, routing, rewrites and headers, the proxy,
// server actions, RSC and prefetch requests, revalidation. Only a GET or HEAD of a reader URL whose
// page or PDF sits fresh in Next's memory cache is answered here, from that very entry.
// `next dev` runs without it (it has no page cache).

import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Like `next start`: every interface unless told otherwise (not $HOSTNAME: containers set it to
// their own name).
const hostname = values.hostname;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}

// Next reads NODE_ENV when its modules load, so it is set before they are imported.
process.env.NODE_ENV ??= "production";
process.title = "briefing-desk";
const dir = import.meta.dirname;
const { default: next } = await import("next");
const { nextCachedResponder } = await import("./lib/reader/cached-response.mjs");

const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const answerFromCache = await nextCachedResponder(path.join(dir, ".next"));

const server = http.createServer((req, res) => {
  if (answerFromCache(req, res)) return;
  handle(req, res).catch((error) => {
    console.error(`Failed to handle request for ${req.url}:`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("error", (error) => {
  console.error("Could not start the server:", error);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const shown = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "localhost";
  // What `next start` sets once it listens: server actions forward to this origin.
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${shown}:${port}`;
  console.log(`Briefing Desk (Next.js, production) on http://${shown}:${port}`);
});

// As `next start` does: stop taking requests, let Next finish its work (after() callbacks), exit.
let stopping = false;
for (const [signal, code] of /** @type {const} */ ([
  ["SIGTERM", 143],
  ["SIGINT", 130],
])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app
        .close()
        .catch((error) => console.error(error))
        .finally(() => process.exit(code));
    });
  });
}
