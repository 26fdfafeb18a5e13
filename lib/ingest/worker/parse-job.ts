// Runs inside the parsing worker (entry.mjs): one job at a time, answered by id.
import { parentPort } from "node:worker_threads";
import { IngestError } from "../errors";
import { ingestFile } from "../file";
import { extractHtml } from "../html";
import { serializeIngestError, type ParseJob, type ParseRequest, type ParseResponse } from "./protocol";

async function run(job: ParseJob): Promise<unknown> {
  switch (job.kind) {
    case "file":
      return ingestFile(job.file, { maxBytes: job.maxBytes });
    case "html":
      return extractHtml(
        job.html,
        job.url === undefined ? { subject: job.subject } : { url: job.url, subject: job.subject },
      );
  }
}

const port = parentPort;
if (!port) throw new Error("parse-job.ts runs only inside the parsing worker.");
port.on("message", (request: ParseRequest) => {
  void run(request.job).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies ParseResponse),
    (err: unknown) =>
      port.postMessage(
        (err instanceof IngestError
          ? { id: request.id, ok: false, error: serializeIngestError(err) }
          : {
              id: request.id,
              ok: false,
              bug: err instanceof Error ? (err.stack ?? err.message) : String(err),
            }) satisfies ParseResponse,
      ),
  );
});
port.postMessage({ ready: true });
