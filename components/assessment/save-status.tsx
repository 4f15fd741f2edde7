"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "@/lib/assessment/autosave";

const OFFLINE = "Offline: your answers are kept on this device and will be sent when you're back online.";

function text(status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "Your answers are saved as you go.";
    case "saving":
      return "Saving…";
    case "saved":
      return "Saved";
    case "offline":
      return OFFLINE;
    case "retrying":
      return `Not saved yet: ${status.message} Your answers are kept on this device and will be sent shortly.`;
    default:
      return "Not saved: your answers are kept on this device.";
  }
}

/**
 * The save state, announced politely (it changes often); a refusal that needs the person to act
 * is an alert, with a way to try again or reload.
 */
export function SaveStatusLine({ status, retry }: { status: SaveStatus; retry: () => void }) {
  const problem = status.kind === "refused" || status.kind === "stale" ? status : null;
  return (
    <div className="flex flex-col gap-2">
      <p id="save-status" role="status" aria-live="polite" className="text-sm text-slate-800">
        {text(status)}
      </p>
      {problem && (
        <Alert tone="error">
          <p>{problem.message}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {problem.kind === "refused" && (
              <Button type="button" variant="secondary" onClick={retry}>
                Try again
              </Button>
            )}
            <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          </div>
        </Alert>
      )}
    </div>
  );
}
