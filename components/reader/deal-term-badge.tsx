import type { DealTermStatus } from "@/lib/briefing/types";
import { DEAL_TERM_STATUS_LABELS } from "@/lib/curation/sections";

const STYLES: Record<DealTermStatus, string> = {
  proposed: "border-sky-300 bg-sky-50 text-sky-900",
  demanded: "border-amber-300 bg-amber-50 text-amber-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  agreed: "border-green-300 bg-green-50 text-green-900",
  tentative: "border-teal-300 bg-teal-50 text-teal-900",
};

// Said once per term, in plain words (the term's text no longer repeats it: withoutStatusPrefix).
// The desk's labels, with the one readers would misread as a formal proposal put plainly.
const LABELS: Record<DealTermStatus, string> = { ...DEAL_TERM_STATUS_LABELS, proposed: "On the table" };

export function DealTermBadge({ status }: { status: DealTermStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 text-xs font-semibold ${STYLES[status]}`}
      data-testid="deal-status"
    >
      {LABELS[status]}
    </span>
  );
}
