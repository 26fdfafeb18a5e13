"use client";

import { ActionButton } from "@/components/ui/action-button";

export function UserStatusToggle({
  disabled,
  email,
  action,
}: {
  disabled: boolean;
  email: string;
  action: (disabled: boolean) => Promise<{ message?: string }>;
}) {
  const label = disabled ? "Enable" : "Disable";
  return <ActionButton label={label} ariaLabel={`${label} ${email}`} run={() => action(!disabled)} />;
}
