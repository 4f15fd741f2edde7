import type { ProgressGroup } from "@/lib/rounds/rules";
import { formatPercent } from "@/lib/format";

/**
 * Response rates for a set of groups. A withheld group (a confidential round's small group, or the
 * second one withheld beside it) shows why instead of its figures; how many were asked is no secret.
 */
export function ProgressTable({
  caption,
  groups,
  k,
}: {
  caption: string;
  groups: ProgressGroup[];
  k: number;
}) {
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
            <td className="py-2 pr-2 text-right">{g.asked}</td>
            {g.withheld ? (
              <td colSpan={2} className="py-2 text-right text-slate-700">
                {g.asked < k ? `Withheld: fewer than ${k}` : "Withheld (see below)"}
              </td>
            ) : (
              <>
                <td className="py-2 pr-2 text-right">{g.submitted}</td>
                <td className="py-2 text-right">{formatPercent(g.rate ?? 0)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WithheldNote({ k }: { k: number }) {
  return (
    <p className="text-sm text-slate-700">
      This round is confidential, so figures for a group of fewer than {k} people are withheld. Where only one
      group is that small, one more is withheld too, so that no group&apos;s figure can be worked out from the
      total.
    </p>
  );
}
