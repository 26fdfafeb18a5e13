import { cache } from "react";
import { getPublishedBriefing } from "@/lib/server/published";

// generateMetadata and the page both need the view; one database read per request.
export const loadPublishedBriefing = cache((slug: string, version?: number) => getPublishedBriefing(slug, version));
