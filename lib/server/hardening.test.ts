import { afterAll } from "vitest";
import { attachTestDatabase } from "./test-database";
import { defineHardeningSuite } from "./hardening-suite";

const cleanup = attachTestDatabase();
afterAll(() => cleanup());
defineHardeningSuite("SQLite");
