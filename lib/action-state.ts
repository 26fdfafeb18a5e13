// The one state shape every form action returns (see lib/server/action.ts) and every form reads.
export interface ActionState {
  message?: string | undefined;
  tone?: "error" | "success" | undefined;
  /** Messages per form field, shown beside the field. */
  errors?: Record<string, string[] | undefined> | undefined;
  /** Someone else changed what this form edits: the form offers to reload it. */
  conflict?: boolean | undefined;
  /** What was typed, after a refusal, so nothing is lost. */
  values?: Record<string, string> | undefined;
  refused?: { name: string; reason: string }[] | undefined;
  added?: string[] | undefined;
}
