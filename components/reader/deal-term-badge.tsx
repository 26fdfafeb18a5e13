import type { DealTermStatus } from "@/lib/briefing/types";

const STYLES: Record<DealTermStatus, string> = {
  proposed: "border-sky-300 bg-sky-50 text-sky-900",
  demanded: "border-amber-300 bg-amber-50 text-amber-900",
  rejected: "border-red-300 bg-red-50 text-red-900",
  agreed: "border-green-300 bg-green-50 text-green-900",
};

// Said once per term, in plain words (the term's text no longer repeats it: withoutStatusPrefix).
const LABELS: Record<DealTermStatus, string> = {
  proposed: "On the table",
  demanded: "Demanded",
  rejected: "Rejected",
  agreed: "Agreed",
};

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
