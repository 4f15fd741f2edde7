import { formatNumber, formatPercent } from "@/lib/gaps/format";
import type { GapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { JOB_ROLES, TIER_NAMES } from "@/lib/tiers";
import { ScrollTable, td, th } from "./scroll-table";
import { StatementText, statementMap } from "./statement";

type Published = GapReport & { publication: NonNullable<GapReport["publication"]> };

/** "Covered" means no gap on any statement of that tier: rated at the target level or above on all of them. */
export function CoverageTable({ report }: { report: Published }) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        Someone is covered for a tier when they rated themselves at the target level or above on every
        statement of that tier. Each tier counts the people it applies to: everyone for Core, Enhanced and
        Specialist roles for Enhanced, Specialist roles for Specialist.
      </p>
      <ScrollTable label="Tier coverage">
        <table className="w-full text-sm">
          <caption className="sr-only">
            Share of people at or above each tier with no gap on that tier
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>
                Tier
              </th>
              <th scope="col" className={`${th} text-right`}>
                People
              </th>
              <th scope="col" className={`${th} text-right`}>
                Covered
              </th>
            </tr>
          </thead>
          <tbody>
            {report.publication.coverage.map((t) => (
              <tr key={t.tier} className="border-b border-slate-200">
                <th scope="row" className={th}>
                  {TIER_NAMES[t.tier]}
                </th>
                <td className={td}>{t.withheld ? "–" : t.people}</td>
                <td className={td}>
                  {t.withheld ? "Not reported: too few people" : `${t.covered} (${formatPercent(t.share)})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

const signed = (v: number | null, fmt: (x: number) => string) =>
  v === null ? "–" : `${v > 0 ? "+" : ""}${fmt(v)}`;

/** Negative is better: less need than last time. Only rows published in both rounds have a change. */
export function ChangeList({ report }: { report: Published }) {
  if (!report.previous) return <p>There is no earlier closed round to compare with.</p>;
  const statements = statementMap(report.statements);
  const shown = report.previous.changes.filter(
    (c) => !c.withheld && (c.needRateDelta !== null || c.meanGapDelta !== null),
  );
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        Compared with “{report.previous.title}”. A negative change means less need than then. Statements not
        reported in either round have no change shown.
      </p>
      <ul className="flex flex-col divide-y divide-slate-200">
        {shown.map((c) => (
          <li key={c.code} className="py-2">
            <p>
              <StatementText code={c.code} statements={statements} />
            </p>
            <p className="text-sm tabular-nums">
              Need rate {signed(c.needRateDelta, (x) => `${formatNumber(x * 100, 0)} points`)} · mean gap{" "}
              {signed(c.meanGapDelta, (x) => formatNumber(x, 2))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** NAMED rounds only: each person's gaps in words, folded so the page stays short. */
export function PeopleGaps({ report }: { report: GapReport }) {
  const people = report.people ?? [];
  if (people.length === 0) return <p>No one has submitted yet.</p>;
  const statements = statementMap(report.statements);
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {people.map((p) => (
        <li key={p.personId} className="py-2">
          <details>
            <summary className="cursor-pointer">
              <span className="font-medium">{p.name}</span>{" "}
              <span className="text-slate-700">
                · {JOB_ROLES[p.jobRole as JobRole]?.label ?? p.jobRole} ·{" "}
                {p.gaps.length === 0 ? "no gaps" : `${p.gaps.length} ${p.gaps.length === 1 ? "gap" : "gaps"}`}
              </span>
            </summary>
            {p.gaps.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {p.gaps.map((g) => (
                  <li key={g.code}>
                    <StatementText code={g.code} statements={statements} />: {g.gap}{" "}
                    {g.gap === 1 ? "level" : "levels"} below target
                  </li>
                ))}
              </ul>
            )}
          </details>
        </li>
      ))}
    </ul>
  );
}
