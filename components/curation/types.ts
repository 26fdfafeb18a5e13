import type { ActionState } from "@/lib/action-state";

/** A server action as a form's useActionState sees it. */
export type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface CurationActions {
  curate: FormAction;
  edit: FormAction;
  move: FormAction;
  decideSection: FormAction;
  summary: FormAction;
}
