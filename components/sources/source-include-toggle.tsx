"use client";

import type { ActionState as ToggleState } from "@/lib/action-state";
import { ActionButton } from "@/components/ui/action-button";

export function SourceIncludeToggle({
  included,
  label,
  action,
}: {
  included: boolean;
  label: string;
  action: (included: boolean) => Promise<ToggleState>;
}) {
  const verb = included ? "Exclude" : "Include";
  return (
    <ActionButton
      label={verb}
      ariaLabel={`${verb} ${label}`}
      run={() => action(!included)}
      className={included ? undefined : "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100"}
    />
  );
}
