import Link from "next/link";
import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { formatPercent } from "@/lib/format";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { ROUND_STATUS_LABELS } from "@/lib/rounds/rules";
import type { Overview, OverviewQuery, OverviewRow, Share, SortKey } from "@/lib/trust/overview";
import {
  accreditationWords,
  actionPlanWords,
  planWords,
  ragWords,
  reviewWords,
  trustPlans,
} from "@/lib/trust/words";

type Props = { trustId: string; rows: OverviewRow[]; trust: Overview["trust"]; query: OverviewQuery };

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "School", numeric: false },
  { key: "staff", label: "Staff", numeric: true },
  { key: "response", label: "Latest round: responses", numeric: true },
  { key: "core", label: "Core coverage (self-assessed)", numeric: true },
  { key: "enhanced", label: "Enhanced, share of staff", numeric: true },
  { key: "trained-core", label: "Core by in-date training", numeric: true },
  { key: "trained-enhanced", label: "Enhanced by in-date training, share of staff", numeric: true },
  { key: "plan", label: "Training plan: spend of budget", numeric: false },
  { key: "actions", label: "Action plan (RAG)", numeric: false },
  { key: "review", label: "Whole-school review", numeric: false },
  { key: "accreditation", label: "Accreditation", numeric: false },
];

export function ShareText({ share }: { share: Share }) {
  if (share.withheld) return <span className="text-slate-700">Withheld (fewer than 5 people)</span>;
  if (share.share === null) return <span className="text-slate-700">No figures yet</span>;
  return (
    <span>
      {formatPercent(share.share)}{" "}
      <span className={share.meets ? "text-green-800" : "text-red-800"}>
        {share.meets ? "meets target" : "below target"}
      </span>
    </span>
  );
}

function responses(r: OverviewRow) {
  if (!r.latestRound) return "No round yet";
  const { submitted, asked, status, title } = r.latestRound;
  return `${title} (${ROUND_STATUS_LABELS[status].toLowerCase()}): ${submitted} of ${asked}, ${formatPercent(r.responseRate)}`;
}

function sortHref(trustId: string, q: OverviewQuery, key: SortKey) {
  const dir = q.sort === key && q.dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams({ sort: key, dir });
  if (q.phase) params.set("phase", q.phase);
  if (q.group) params.set("group", q.group);
  return `/trusts/${trustId}?${params}`;
}

/** The schools side by side: a sortable table on wide screens, a card per school on a phone. */
export function OverviewTable({ trustId, rows, trust, query }: Props) {
  const needs = (r: OverviewRow) =>
    r.topNeeds.length === 0 ? (
      <span className="text-slate-700">{r.figuresRound ? "None shown" : "No closed round yet"}</span>
    ) : (
      <ol className="list-decimal pl-5">
        {r.topNeeds.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ol>
    );
  const open = (r: OverviewRow) => (
    <Link
      href={`/trusts/${trustId}/overview/${r.schoolId}`}
      className="font-medium text-harbour-700 underline"
    >
      {r.name}
    </Link>
  );
  return (
    <>
      <ul className="flex flex-col divide-y divide-slate-200 lg:hidden" aria-label="Schools">
        {rows.map((r) => (
          <li key={r.schoolId} className="py-3">
            <p>{open(r)}</p>
            <p className="text-sm text-slate-600">
              URN {r.urn} · {SCHOOL_PHASE_LABELS[r.phase]}
            </p>
            <dl className="mt-1 grid grid-cols-1 gap-x-3 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">Staff</dt>
              <dd>{r.staffCount}</dd>
              <dt className="font-medium">Senior mental health lead</dt>
              <dd>{r.hasLead ? "Yes" : "Not yet"}</dd>
              <dt className="font-medium">Latest round</dt>
              <dd>{responses(r)}</dd>
              <dt className="font-medium">Core coverage</dt>
              <dd>
                <ShareText share={r.core} />
              </dd>
              <dt className="font-medium">Enhanced, share of staff</dt>
              <dd>
                <ShareText share={r.enhanced} />
              </dd>
              <dt className="font-medium">Core coverage (in-date training)</dt>
              <dd>
                <ShareText share={r.trainedCore} />
              </dd>
              <dt className="font-medium">Enhanced by training, share of staff</dt>
              <dd>
                <ShareText share={r.trainedEnhanced} />
              </dd>
              <dt className="font-medium">Training plan</dt>
              <dd>{planWords(r.plan)}</dd>
              <dt className="font-medium">Action plan</dt>
              <dd>{actionPlanWords(r.actionPlan)}</dd>
              <dt className="font-medium">Whole-school review</dt>
              <dd>{reviewWords(r.review)}</dd>
              <dt className="font-medium">Accreditation</dt>
              <dd>{accreditationWords(r.accreditation)}</dd>
              <dt className="font-medium">Top needs</dt>
              <dd>{needs(r)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden lg:block">
        <ScrollTable label="Schools side by side">
          <table className="w-full min-w-[90rem] text-sm">
            <caption className="sr-only">
              Schools in the trust. Column headings sort the table; schools without a figure come last.
            </caption>
            <thead>
              <tr className="border-b border-slate-300 align-bottom">
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={`${th} ${c.numeric ? "text-right" : ""}`}
                    aria-sort={
                      query.sort === c.key ? (query.dir === "asc" ? "ascending" : "descending") : undefined
                    }
                  >
                    <Link href={sortHref(trustId, query, c.key)} className="text-harbour-700 underline">
                      {c.label}
                      {query.sort === c.key ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
                    </Link>
                  </th>
                ))}
                <th scope="col" className={th}>
                  Lead
                </th>
                <th scope="col" className={th}>
                  Top three needs
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.schoolId} className="border-b border-slate-200 align-top">
                  <th scope="row" className={th}>
                    {open(r)}
                    <span className="block font-normal text-slate-600">
                      {SCHOOL_PHASE_LABELS[r.phase]} · URN {r.urn}
                    </span>
                  </th>
                  <td className={td}>{r.staffCount}</td>
                  <td className={td}>{responses(r)}</td>
                  <td className={td}>
                    <ShareText share={r.core} />
                  </td>
                  <td className={td}>
                    <ShareText share={r.enhanced} />
                  </td>
                  <td className={td}>
                    <ShareText share={r.trainedCore} />
                  </td>
                  <td className={td}>
                    <ShareText share={r.trainedEnhanced} />
                  </td>
                  <td className="py-2 pr-3">{planWords(r.plan)}</td>
                  <td className="py-2 pr-3">{actionPlanWords(r.actionPlan)}</td>
                  <td className="py-2 pr-3">{reviewWords(r.review)}</td>
                  <td className="py-2 pr-3">{accreditationWords(r.accreditation)}</td>
                  <td className="py-2 pr-3">{r.hasLead ? "Yes" : "Not yet"}</td>
                  <td className="py-2 pr-3">{needs(r)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400 align-top">
                <th scope="row" className={th}>
                  Trust, pooled over people
                </th>
                <td className={td}>{trust.staffCount}</td>
                <td className={td}>
                  {trust.submitted} of {trust.asked}, {formatPercent(trust.responseRate)}
                </td>
                <td className={td}>
                  {formatPercent(trust.core.share)} ({trust.core.schools} schools)
                </td>
                <td className={td}>
                  {formatPercent(trust.enhanced.share)} ({trust.enhanced.schools} schools)
                </td>
                <td className={td}>
                  {formatPercent(trust.trainedCore.share)} ({trust.trainedCore.schools} schools)
                </td>
                <td className={td}>
                  {formatPercent(trust.trainedEnhanced.share)} ({trust.trainedEnhanced.schools} schools)
                </td>
                <td className="py-2 pr-3">{trustPlans(trust)}</td>
                <td className="py-2 pr-3">{ragWords(trust.rag)}</td>
                <td className="py-2 pr-3" />
                <td className="py-2 pr-3">{trust.accredited} accredited</td>
                <td colSpan={2} className="py-2 pr-3 text-slate-700">
                  Trust figures count people in the schools whose figures are shown.
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollTable>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-3 text-sm sm:grid-cols-[auto_1fr] lg:hidden">
        <dt className="font-medium">Trust responses</dt>
        <dd>
          {trust.submitted} of {trust.asked}, {formatPercent(trust.responseRate)}
        </dd>
        <dt className="font-medium">Trust Core coverage</dt>
        <dd>
          {formatPercent(trust.core.share)} ({trust.core.schools} schools)
        </dd>
        <dt className="font-medium">Trust Enhanced, share of staff</dt>
        <dd>
          {formatPercent(trust.enhanced.share)} ({trust.enhanced.schools} schools)
        </dd>
        <dt className="font-medium">Trust Core coverage (in-date training)</dt>
        <dd>
          {formatPercent(trust.trainedCore.share)} ({trust.trainedCore.schools} schools)
        </dd>
        <dt className="font-medium">Trust Enhanced by training, share of staff</dt>
        <dd>
          {formatPercent(trust.trainedEnhanced.share)} ({trust.trainedEnhanced.schools} schools)
        </dd>
        <dt className="font-medium">Training plans</dt>
        <dd>{trustPlans(trust)}</dd>
        <dt className="font-medium">Actions across the trust</dt>
        <dd>{ragWords(trust.rag)}</dd>
      </dl>
    </>
  );
}
