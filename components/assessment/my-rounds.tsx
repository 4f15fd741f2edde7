import Link from "next/link";
import { EmptyState } from "@/components/ui/page-header";
import type { MyRound } from "@/lib/rounds/queries";
import { formatDate } from "@/lib/format";
import { MODE_LABELS } from "./format";

const MY_STATUS = {
  NOT_STARTED: { label: "Not started", tone: "bg-slate-100 text-slate-900" },
  IN_PROGRESS: { label: "In progress", tone: "bg-amber-100 text-amber-950" },
  SUBMITTED: { label: "Submitted", tone: "bg-green-100 text-green-900" },
} as const;

const linkClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800";

/** The person's own rounds, each with what they can do next. */
export function MyRounds({ schoolId, rounds }: { schoolId: string; rounds: MyRound[] }) {
  if (rounds.length === 0) {
    return (
      <EmptyState>
        There is no self-assessment open for you at the moment. Your lead will let you know.
      </EmptyState>
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {rounds.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 p-3">
          <h3 className="font-semibold">{r.title}</h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className={`rounded px-2 py-0.5 font-medium ${MY_STATUS[r.myStatus].tone}`}>
              {MY_STATUS[r.myStatus].label}
            </span>
            <span>{MODE_LABELS[r.mode]} round</span>
            <span>{dates(r)}</span>
          </p>
          <NextStep schoolId={schoolId} round={r} />
        </li>
      ))}
    </ul>
  );
}

function dates(r: MyRound) {
  if (r.status === "SCHEDULED") return `Opens ${formatDate(r.opensAt, { weekday: true })}`;
  if (r.status === "CLOSED") return `Closed ${formatDate(r.closedAt ?? r.closesAt, { weekday: true })}`;
  return `Closes ${formatDate(r.closesAt, { weekday: true })}`;
}

function NextStep({ schoolId, round: r }: { schoolId: string; round: MyRound }) {
  const href = `/schools/${schoolId}/assessments/${r.id}`;
  let link: { text: string; primary: boolean } | null = null;
  if (r.myStatus === "SUBMITTED") link = { text: "See your results", primary: false };
  else if (r.status === "OPEN")
    link = { text: r.myStatus === "NOT_STARTED" ? "Start" : "Resume", primary: true };
  else if (r.status === "CLOSED" && r.myStatus === "IN_PROGRESS")
    link = { text: "See your answers", primary: false };
  if (!link) return null;
  return (
    <p className="mt-3">
      {/* The name starts with the visible words (so voice control works) and says which round. */}
      <Link
        href={href}
        aria-label={`${link.text}: ${r.title}`}
        className={link.primary ? linkClass : "text-harbour-700 underline"}
      >
        {link.text}
      </Link>
    </p>
  );
}
