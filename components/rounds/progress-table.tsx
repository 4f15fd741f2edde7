import type { ProgressFigures } from "@/lib/disclosure";
import { formatPercent } from "@/lib/format";

/** Response rates for a set of groups: how many were asked, how many have submitted. */
export function ProgressTable({ caption, groups }: { caption: string; groups: ProgressFigures[] }) {
  return (
    <table className="w-full text-left text-sm sm:text-base">
      <caption className="mb-2 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-2">
            Group
          </th>
          <th scope="col" className="py-2 pr-2 text-right">
            Asked
          </th>
          <th scope="col" className="py-2 pr-2 text-right">
            Submitted
          </th>
          <th scope="col" className="py-2 text-right">
            Rate
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-2 font-normal">
              {g.label}
            </th>
            <td className="py-2 pr-2 text-right tabular-nums">{g.asked}</td>
            <td className="py-2 pr-2 text-right tabular-nums">{g.submitted}</td>
            <td className="py-2 text-right tabular-nums">{formatPercent(g.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MergedGroupsNote({ k }: { k: number }) {
  return (
    <p className="text-sm text-slate-700">
      This round is confidential, so progress is shown for the whole school and by tier only, and tiers with
      fewer than {k} people who submitted are counted together. The gap report counts small job roles together
      in the same way, so no figure rests on fewer than {k} people.
    </p>
  );
}
