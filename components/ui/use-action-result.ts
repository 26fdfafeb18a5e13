"use client";

import { useState } from "react";

/**
 * Runs `onResult` once for each new state an action returns, during render (React's pattern for
 * adjusting state when a value changes, instead of an effect). Only set this component's state in it.
 */
export function useActionResult<T>(state: T, onResult: (state: T) => void): void {
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    onResult(state);
  }
}
