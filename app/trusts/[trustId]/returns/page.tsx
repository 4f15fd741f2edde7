import type { Metadata } from "next";
import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { AreaNeedTable } from "@/components/returns/area-table";
import { ReturnFigures } from "@/components/returns/return-figures";
import { NEED_KEY } from "@/components/trust/shade";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate, formatPercent } from "@/lib/format";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { areaNeeds, areaTable, NO_DISTRICT } from "@/lib/returns/area";
import { authorityReturns } from "@/lib/returns/queries";
import { orNotFound } from "@/lib/tenancy/resource";
import { requireTrust } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Summary returns" };

const link = "text-harbour-700 underline";

/** The returns schools sent to the local authority, and the needs across its area. */
export default async function AuthorityReturnsPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "returns:view");
  const returns = await orNotFound(authorityReturns(ctx));
  const phase = (p: keyof typeof SCHOOL_PHASE_LABELS) => SCHOOL_PHASE_LABELS[p];
  const byPhase = areaTable(returns, "phase", phase);
  const byDistrict = areaTable(returns, "district", phase);
  const needs = areaNeeds(returns);
  const csv = (table: string) => `/trusts/${trustId}/returns/export?table=${table}`;
  return (
    <>
      <PageHeader
        title="Summary returns and area needs"
        lead={`What schools have sent ${ctx.trustName}: aggregates only, with small numbers withheld. Area figures pool people across each school's newest return.`}
      />
      {returns.length === 0 ? (
        <EmptyState>
          No school has sent a summary yet. Schools in your area send one from their Summary returns page once
          a round closes; it appears here at once.
        </EmptyState>
      ) : (
        <>
          <Section title="Area needs by phase">
            <p className="mb-2 text-sm text-slate-700">
              {NEED_KEY} A figure resting on fewer than {byPhase.k} people is withheld. Districts come from
              the register of schools (its administrative district).
            </p>
            <AreaNeedTable table={byPhase} caption="Need by domain and phase" />
            <p className="mt-2">
              <a href={csv("phase")} className={link}>
                Download by phase (CSV)
              </a>
            </p>
          </Section>
          <Section title="Area needs by district">
            <AreaNeedTable table={byDistrict} caption="Need by domain and district" />
            <p className="mt-2">
              <a href={csv("district")} className={link}>
                Download by district (CSV)
              </a>
            </p>
          </Section>
          <Section title="The area's top needs">
            {needs.length === 0 ? (
              <p className="text-slate-700">No statement has a published need across the area yet.</p>
            ) : (
              <ol className="flex list-decimal flex-col gap-1 pl-6">
                {needs.map((n) => (
                  <li key={n.code}>
                    {n.statement}{" "}
                    <span className="text-slate-700">
                      ({formatPercent(n.rate)} of {n.inScope} people in {n.schools}{" "}
                      {n.schools === 1 ? "school" : "schools"})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </Section>
          <Section title={`Returns received (${returns.length})`}>
            <ScrollTable label="Returns received">
              <table className="w-full text-sm">
                <caption className="sr-only">Returns received, by school</caption>
                <thead>
                  <tr className="border-b border-slate-300 align-bottom">
                    <th scope="col" className={th}>
                      School
                    </th>
                    <th scope="col" className={th}>
                      Phase
                    </th>
                    <th scope="col" className={th}>
                      District
                    </th>
                    <th scope="col" className={th}>
                      Round
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      Responded
                    </th>
                    <th scope="col" className={th}>
                      Sent
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {returns.map((r) => (
                    <tr key={r.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        <a href={`#return-${r.id}`} className={link}>
                          {r.schoolName}
                        </a>
                      </th>
                      <td className="py-2 pr-3">{SCHOOL_PHASE_LABELS[r.phase]}</td>
                      <td className="py-2 pr-3">{r.district ?? NO_DISTRICT}</td>
                      <td className="py-2 pr-3">
                        {r.roundTitle}
                        <span className="block text-xs text-slate-600">closed {formatDate(r.closedOn)}</span>
                      </td>
                      <td className={td}>
                        {r.submitted} of {r.asked}
                      </td>
                      <td className="py-2 pr-3">{formatDate(r.submittedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            <p className="mt-2">
              <a href={csv("returns")} className={link}>
                Download every return (CSV)
              </a>
            </p>
          </Section>
          {returns.map((r) => (
            <section
              key={r.id}
              id={`return-${r.id}`}
              aria-labelledby={`return-${r.id}-title`}
              className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h2 id={`return-${r.id}-title`} className="mb-1 text-lg font-semibold">
                {r.schoolName}: {r.roundTitle}
              </h2>
              <p className="mb-2 text-sm text-slate-700">
                {SCHOOL_PHASE_LABELS[r.phase]}, {r.district ?? NO_DISTRICT}. URN {r.urn}.
              </p>
              <details>
                <summary className="cursor-pointer font-medium text-harbour-700">
                  Show every statement <span className="sr-only">of {r.schoolName}&apos;s return</span>
                </summary>
                <div className="mt-3">
                  <ReturnFigures figures={r.figures} caption={`Needs at ${r.schoolName}`} />
                </div>
              </details>
            </section>
          ))}
        </>
      )}
    </>
  );
}
