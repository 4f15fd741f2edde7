import type { ReactNode } from "react";

/** A wide table scrolls sideways inside a focusable region, so a keyboard can reach it at 360px. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      tabIndex={0}
      role="region"
      aria-label={label}
      className="overflow-x-auto focus:outline-2 focus:outline-harbour-700 print:overflow-visible"
    >
      {children}
    </div>
  );
}

export const th = "py-2 pr-3 text-left font-medium";
export const td = "py-2 pr-3 text-right tabular-nums";
