// The parsing worker's entry point. Plain JavaScript so Node can start it as is, in the Next.js
// server, in `npm run brief` and in tests alike; tsx then loads the TypeScript parsers from source.
import { register } from "tsx/esm/api";

register();
await import("./parse-job.ts");
