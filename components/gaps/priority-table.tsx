import { formatNumber, formatPercent } from "@/lib/gaps/format";
import type { GapReport } from "@/lib/gaps/queries";
import { TIER_NAMES } from "@/lib/tiers";
import { StatementText, statementMap } from "./statement";

type Props = { report: GapReport & { publication: NonNullable<GapReport["publication"]> } };

/**
 * The statements in priority order (highest total gap first), rounded for display; the CSV keeps full
 * precision. A list rather than a table, so every figure stays readable on a phone.
 */
export function PriorityList({ report }: Props) {
  const statements = statementMap(report.statements);
  const domains = new Map(report.domains.map((d) => [d.code, d.name]));
  const ranked = report.publication.rows.filter((r) => !r.withheld);
  const withheld = report.publication.rows.filter((r) => r.withheld);
  return (
    <>
      <ol
        className="flex flex-col divide-y divide-slate-200"
        aria-label="Statements, highest total gap first"
      >
        {ranked.map((r, i) => (
          <li key={r.code} className="py-2">
            <p className="font-medium">
              <span className="mr-1 text-slate-600">{i + 1}.</span>{" "}
              <StatementText code={r.code} statements={statements} />
            </p>
            <p className="text-sm text-slate-700">
              {domains.get(r.domainCode) ?? r.domainCode} · {TIER_NAMES[r.tier]} ·{" "}
              <span className="font-semibold text-slate-900 tabular-nums">
                {r.withGap} of {r.inScope} with a gap ({formatPercent(r.needRate)})
              </span>{" "}
              · mean gap <span className="tabular-nums">{formatNumber(r.meanGap)}</span> · total gap{" "}
              <span className="font-semibold text-slate-900 tabular-nums">{r.totalGap}</span>
            </p>
          </li>
        ))}
      </ol>
      {withheld.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">Not reported in this round</h3>
          <p className="text-sm text-slate-700">
            Too few people answered these for their figures to be shown without identifying them. They are
            listed in code order, so their place says nothing about their figures.
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {withheld.map((r) => (
              <li key={r.code}>
                <StatementText code={r.code} statements={statements} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
