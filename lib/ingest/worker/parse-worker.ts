import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { fail, type Subject } from "../subject";
import { PARSE_TIMEOUT_MS, PARSE_WORKER_HEAP_MB } from "../limits";
import { deserializeIngestError, type ParseJob, type ParseResponse } from "./protocol";

export interface ParseWorkerLimits {
  timeoutMs?: number;
  heapMb?: number;
}

/**
 * The worker's entry file on disk. From source (tests, scripts) it sits beside this module; the
 * Next.js server runs bundled code from .next/, so there it is found from the project root.
 */
function entryFile(): string {
  const candidates = [
    path.join(import.meta.dirname ?? "", "entry.mjs"),
    path.join(process.cwd(), "lib/ingest/worker/entry.mjs"),
  ];
  const found = candidates.find((file) => file !== "entry.mjs" && fs.existsSync(file));
  if (!found) throw new Error(`The parsing worker (lib/ingest/worker/entry.mjs) was not found from ${process.cwd()}.`);
  return found;
}

// Parsing is CPU-bound; more workers than this would only make each one slower and multiply the
// memory a burst of hostile uploads could claim.
const MAX_CONCURRENT_WORKERS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function acquireSlot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/**
 * One parsing thread, started on first use and replaced after a job that crashed it, ran out of
 * memory or ran out of time. The main thread never parses: a hostile file costs the worker, and
 * the server keeps answering requests meanwhile.
 */
export class ParseWorker {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly timeoutMs: number;
  private readonly heapMb: number;

  constructor(limits: ParseWorkerLimits = {}) {
    this.timeoutMs = limits.timeoutMs ?? PARSE_TIMEOUT_MS;
    this.heapMb = limits.heapMb ?? PARSE_WORKER_HEAP_MB;
  }

  private start(): { worker: Worker; ready: Promise<void> } {
    if (this.worker && this.ready) return { worker: this.worker, ready: this.ready };
    const worker = new Worker(entryFile(), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if ((message as { ready?: boolean }).ready) {
          worker.off("message", onMessage);
          resolve();
        }
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`parsing worker exited with code ${code} while starting`)));
    });
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }

  private discard(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) void worker.terminate();
  }

  /** Runs one job; refusals come back as IngestError naming `subject`, like in-process parsing. */
  async run(job: ParseJob, subject: Subject): Promise<unknown> {
    const { worker, ready } = this.start();
    const id = this.nextId++;
    const started = Date.now();
    return new Promise<unknown>((resolve, reject) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: () => void, keepWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (!keepWorker) this.discard();
        outcome();
      };
      const onMessage = (message: ParseResponse | { ready: true }) => {
        if (!("id" in message) || message.id !== id) return;
        if (message.ok) finish(() => resolve(message.value), true);
        else if ("error" in message) finish(() => reject(deserializeIngestError(message.error)), true);
        else
          finish(() => reject(fail(subject, "unreadable", `${subject.display} could not be read.`, message.bug)), true);
      };
      const onError = (err: Error & { code?: string }) => {
        const outOfMemory = err.code === "ERR_WORKER_OUT_OF_MEMORY";
        finish(
          () =>
            reject(
              outOfMemory
                ? fail(
                    subject,
                    "too-complex",
                    `${subject.display} needs more than ${this.heapMb} MB of memory to read, far more than an article needs, so reading it was stopped.`,
                    err,
                  )
                : fail(subject, "unreadable", `${subject.display} could not be read.`, err),
            ),
          false,
        );
      };
      const onExit = (code: number) =>
        finish(
          () =>
            reject(
              fail(
                subject,
                "unreadable",
                `${subject.display} could not be read (the reader stopped after ${Date.now() - started} ms, code ${code}).`,
              ),
            ),
          false,
        );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      ready.then(
        () => {
          if (settled) return;
          worker.postMessage({ id, job });
          // The clock starts with the job, not with the worker's start-up.
          timer = setTimeout(() => {
            const seconds = Math.round(this.timeoutMs / 1000);
            finish(
              () =>
                reject(
                  fail(
                    subject,
                    "timeout",
                    `${subject.display} took longer than ${seconds} s to read, so reading it was stopped. Save the article on its own (or paste its text) and try again.`,
                  ),
                ),
              false,
            );
          }, this.timeoutMs);
        },
        (err: unknown) => onError(err instanceof Error ? err : new Error(String(err))),
      );
    });
  }

  close(): void {
    this.discard();
  }
}

/** Runs `use` with a worker from the bounded pool; the worker is stopped afterwards. */
export async function withParseWorker<T>(
  use: (worker: ParseWorker) => Promise<T>,
  limits: ParseWorkerLimits = {},
): Promise<T> {
  const release = await acquireSlot();
  const worker = new ParseWorker(limits);
  try {
    return await use(worker);
  } finally {
    worker.close();
    release();
  }
}
