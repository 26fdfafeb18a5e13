// Editorial curation of generated briefings: pure logic, no framework or database imports.
export * from "./schema";
export * from "./keys";
export * from "./apply";
export * from "./operations";
export * from "./publish";
export * from "./diff";
export * from "./conflict";
export * from "./parties";
export * from "./sections";
export * from "./figures";
export { contentTokens, jaccard, normaliseText } from "./text";
