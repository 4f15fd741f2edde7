import type { ReactNode } from "react";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-harbour-600 bg-harbour-50 text-slate-900",
} as const;

/** Errors interrupt a screen reader (role=alert); confirmations and notes are announced politely. */
export function Alert({ tone = "info", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 p-3 ${TONES[tone]}`}>
      {children}
    </div>
  );
}
