import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/**
 * Who will see the answers, said plainly before anyone starts (and repeated while they answer),
 * because it changes what people are willing to say.
 */
export function ModeNotice({ mode, compact = false }: { mode: "NAMED" | "CONFIDENTIAL"; compact?: boolean }) {
  const text =
    mode === "NAMED"
      ? {
          title: "This is a named self-assessment.",
          body: "Your lead will see your individual answers and comments, with your name, to plan your training.",
        }
      : {
          title: "This is a confidential self-assessment.",
          body: "Your lead sees only totals for groups of staff, never your own answers. Figures for small groups are withheld so that no one can be identified.",
        };
  if (compact) {
    return (
      <p className="text-sm text-slate-700">
        <strong>{mode === "NAMED" ? "Named:" : "Confidential:"}</strong>{" "}
        {mode === "NAMED" ? "your lead sees your individual answers." : "your lead sees only group totals."}
      </p>
    );
  }
  return (
    <Alert>
      <p className="font-semibold">{text.title}</p>
      <p>{text.body}</p>
      <p>
        <Link href="/privacy" className="text-harbour-700 underline">
          What Harbour holds about you, and who sees it
        </Link>
      </p>
    </Alert>
  );
}
