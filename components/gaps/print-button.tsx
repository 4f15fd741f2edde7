"use client";

import { Button } from "@/components/ui/button";

/** The page itself is the printable view: print: variants hide the controls. */
export function PrintButton({ label = "Print this page" }: { label?: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
