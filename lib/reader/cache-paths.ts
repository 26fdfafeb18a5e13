// Which reader URLs a change makes stale. Pure, so the rules are tested without a server.
//
// A published version's page and PDF never change, so a publish only moves the latest URLs and
// the front page (plus the new version's own URLs, in case a reader asked for them too early and
// was given a cached 404). Unpublishing, withdrawing or republishing a version changes what that
// version's URLs answer and which version is the latest.

import { briefingPath } from "./format";

/** The front page's cached edition ("/" is rewritten to /editions/latest). */
export const HOME_EDITION = "latest";
export const PDF_SIZES = ["a4", "letter"] as const;

function versionPaths(slug: string, version: number, sourceCount: number): string[] {
  const base = briefingPath(slug, version);
  return [
    base,
    `${base}/pdf`,
    ...PDF_SIZES.map((size) => `${base}/pdf/${size}`),
    ...Array.from({ length: sourceCount }, (_, i) => [
      `${base}/sources/${i + 1}`,
      `${base}/sources/${i + 1}/text`,
    ]).flat(),
  ];
}

function latestPaths(slug: string): string[] {
  const base = briefingPath(slug);
  return [base, `${base}/pdf`, ...PDF_SIZES.map((size) => `${base}/pdf/${size}`), "/", `/editions/${HOME_EDITION}`];
}

/** Every URL a publish, unpublish, withdrawal or republish of `version` may have changed. */
export function stalePathsForVersion(slug: string, version: number, sourceCount: number): string[] {
  return [...latestPaths(slug), ...versionPaths(slug, version, sourceCount)];
}
