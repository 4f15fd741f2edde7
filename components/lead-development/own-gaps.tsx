import type { AreaGap } from "@/lib/lead-development/rules";

type Props = {
  gaps: AreaGap[];
  /** Specialist competencies each area feeds, as the school's framework words them. */
  feeds: Record<string, string[]>;
  levels: { value: number; label: string }[];
};

const levelWord = (n: number) => `${n} ${n === 1 ? "level" : "levels"}`;

/** The lead's gaps in words: each area short of its target, the statements behind it, and what the planner will book for. */
export function OwnGaps({ gaps, feeds, levels }: Props) {
  const short = gaps.filter((a) => a.gap > 0);
  if (short.length === 0)
    return (
      <p>
        You rated yourself at or above the target in every area. There is nothing for the planner to book.
      </p>
    );
  const label = (n: number | null) => (n === null ? "not rated" : `${n} ${levels[n]?.label ?? ""}`.trim());
  return (
    <ul className="flex flex-col gap-4">
      {short.map((area) => (
        <li key={area.areaKey} className="rounded-md border border-slate-200 p-3">
          <h3 className="font-semibold">{area.areaTitle}</h3>
          <p className="text-sm text-slate-700">
            Up to {levelWord(area.gap)} below the target of {label(area.target)}.
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {area.statements
              .filter((s) => s.gap > 0)
              .map((s) => (
                <li key={s.key}>
                  {s.text} <span className="text-slate-700">(you said {label(s.rating)})</span>
                </li>
              ))}
          </ul>
          {(feeds[area.areaKey] ?? []).length > 0 && (
            <p className="mt-2 text-sm">
              In a training plan you make, this becomes your own Specialist training need on:{" "}
              {feeds[area.areaKey]!.map((t) => `“${t}”`).join("; ")}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
