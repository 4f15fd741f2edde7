import { REVIEW_LEVELS, type ReviewLevel } from "@/lib/review/principles";

export type ContributionList = Record<
  string,
  { name: string; governor: boolean; level: ReviewLevel; evidence: string }[]
>;

/** Everyone's rating of one statement, named, for the lead to agree the school's from. */
export function Contributions({ list }: { list: ContributionList[string] }) {
  if (list.length === 0)
    return <p className="text-sm text-slate-700">No one has rated this statement yet.</p>;
  return (
    <ul aria-label="Contributions" className="flex flex-col gap-1 rounded-md bg-slate-50 p-3 text-sm">
      {list.map((c, i) => (
        <li key={i}>
          <span className="font-medium">
            {c.name}
            {c.governor ? " (governor)" : ""}
          </span>
          : {c.level} {REVIEW_LEVELS[c.level]}
          {c.evidence && <span className="block text-slate-700">“{c.evidence}”</span>}
        </li>
      ))}
    </ul>
  );
}
