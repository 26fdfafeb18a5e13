// Kept for the reader components' imports; the definition lives in lib/curation/sections.ts.
export { SECTION_EMPTY, SECTION_TITLES } from "@/lib/curation/sections";
