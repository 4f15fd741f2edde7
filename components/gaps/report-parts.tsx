import { formatNumber, formatPercent } from "@/lib/gaps/format";
import type { GapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { JOB_ROLES, TIER_NAMES } from "@/lib/tiers";
import { ScrollTable, td, th } from "./scroll-table";

export function CoverageTable({ report }: { report: GapReport }) {
  return (
    <ScrollTable label="Tier coverage">
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="sr-only">Share of people at or above each tier with no gap on that tier</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className={th}>Tier</th>
            <th scope="col" className={`${th} text-right`}>People</th>
            <th scope="col" className={`${th} text-right`}>Covered</th>
          </tr>
        </thead>
        <tbody>
          {report.coverage.map((t) => (
            <tr key={t.tier} className="border-b border-slate-200">
              <th scope="row" className={th}>{TIER_NAMES[t.tier]}</th>
              <td className={td}>{t.withheld ? "–" : t.people}</td>
              <td className={td}>{t.withheld ? `Withheld: fewer than ${report.k}` : formatPercent(t.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

const signed = (v: number | null, fmt: (x: number) => string) => (v === null ? "–" : `${v > 0 ? "+" : ""}${fmt(v)}`);

/** Negative is better: less need than last time. */
export function ChangeTable({ report }: { report: GapReport }) {
  if (!report.previous) return <p>There is no earlier closed round to compare with.</p>;
  const withheld = new Set(report.rows.filter((r) => r.withheld).map((r) => r.code));
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        Compared with “{report.previous.title}”. A negative change means less need than then.
      </p>
      <ScrollTable label="Change since the previous round">
        <table className="w-full min-w-[20rem] text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}>Competency</th>
              <th scope="col" className={`${th} text-right`}>Need rate change</th>
              <th scope="col" className={`${th} text-right`}>Mean gap change</th>
            </tr>
          </thead>
          <tbody>
            {report.previous.changes.map((c) => (
              <tr key={c.code} className="border-b border-slate-200">
                <th scope="row" className={th}>{c.code}</th>
                {withheld.has(c.code) ? (
                  <td colSpan={2} className={td}>Withheld</td>
                ) : (
                  <>
                    <td className={td}>{signed(c.needRateDelta, (x) => `${formatNumber(x * 100, 0)} points`)}</td>
                    <td className={td}>{signed(c.meanGapDelta, (x) => formatNumber(x, 2))}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

export function PeopleGaps({ people }: { people: NonNullable<GapReport["people"]> }) {
  if (people.length === 0) return <p>No one has submitted yet.</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {people.map((p) => (
        <li key={p.personId} className="py-2">
          <p className="font-medium">
            {p.name} <span className="font-normal text-slate-700">· {JOB_ROLES[p.jobRole as JobRole]?.label ?? p.jobRole}</span>
          </p>
          <p className="text-sm">
            {p.gaps.length === 0 ? "No gaps." : p.gaps.map((g) => `${g.code} (${g.gap})`).join(", ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
