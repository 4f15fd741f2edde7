import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { publishRollup } from "@/lib/disclosure";
import { formatPercent } from "@/lib/format";
import { formatNumber } from "@/lib/gaps/format";
import { ROUND_STATUS_LABELS } from "@/lib/rounds/rules";
import { TIER_NAMES } from "@/lib/tiers";
import { buildOverview, latestClosed, type SchoolFact, type TrustTargetsValue } from "@/lib/trust/overview";
import { accreditationWords, actionPlanWords, planWords, reviewWords } from "@/lib/trust/words";
import { ShareText } from "./overview-table";
import { needShade } from "./shade";

/**
 * One school as its trust sees it: its rounds' response counts, and the latest closed round's
 * figures as lib/disclosure publishes them (withheld statements listed after the ranked ones, in
 * code order, with no figures). The school's head and lead see exactly this on their own page.
 */
export function SchoolAggregates({
  school,
  targets,
  today,
}: {
  school: SchoolFact;
  targets: TrustTargetsValue;
  /** Today in Europe/London, for the action plan's RAG. */
  today: string;
}) {
  const closed = latestClosed(school);
  const pub = closed ? publishRollup(closed.rollup!) : null;
  const row = buildOverview([school], targets, today).rows[0]!;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="agg-rounds">
        <h2 id="agg-rounds" className="mb-2 text-lg font-semibold">
          Rounds
        </h2>
        {school.rounds.length === 0 ? (
          <p className="text-slate-700">No round yet.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {school.rounds.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.title}</span> ({ROUND_STATUS_LABELS[r.status].toLowerCase()}
                ): {r.submitted} of {r.asked} responded
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agg-coverage">
        <h2 id="agg-coverage" className="mb-2 text-lg font-semibold">
          Coverage against the trust&apos;s targets
        </h2>
        <dl className="grid grid-cols-1 gap-x-3 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Core (target {targets.corePercent}% of respondents)</dt>
          <dd>
            <ShareText share={row.core} />
          </dd>
          <dt className="font-medium">Enhanced (target {targets.enhancedPercent}% of staff)</dt>
          <dd>
            <ShareText share={row.enhanced} />
          </dd>
          <dt className="font-medium">Core by in-date training (target {targets.corePercent}% of staff)</dt>
          <dd>
            <ShareText share={row.trainedCore} />
          </dd>
          <dt className="font-medium">
            Enhanced by in-date training (target {targets.enhancedPercent}% of staff)
          </dt>
          <dd>
            <ShareText share={row.trainedEnhanced} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="agg-plans">
        <h2 id="agg-plans" className="mb-2 text-lg font-semibold">
          Plans, review and accreditation
        </h2>
        <dl className="grid grid-cols-1 gap-x-3 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Training plan</dt>
          <dd>{planWords(row.plan)}</dd>
          <dt className="font-medium">Action plan</dt>
          <dd>{actionPlanWords(row.actionPlan)}</dd>
          <dt className="font-medium">Whole-school review</dt>
          <dd>{reviewWords(row.review)}</dd>
          <dt className="font-medium">Accreditation</dt>
          <dd>{accreditationWords(row.accreditation)}</dd>
        </dl>
      </section>
      <section aria-labelledby="agg-needs">
        <h2 id="agg-needs" className="mb-2 text-lg font-semibold">
          {closed ? `Needs in ${closed.title}` : "Needs"}
        </h2>
        {!pub ? (
          <p className="text-slate-700">No closed round yet: figures appear once a round closes.</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">
              {pub.respondents} responded. Statements resting on fewer than {pub.k} people are withheld and
              listed last.
            </p>
            <ScrollTable label="Needs by statement">
              <table className="w-full text-sm">
                <caption className="sr-only">Needs by statement, highest total gap first</caption>
                <thead>
                  <tr className="border-b border-slate-300 align-bottom">
                    <th scope="col" className={th}>
                      Statement
                    </th>
                    <th scope="col" className={th}>
                      Tier
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      In scope
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      With a gap
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      Need rate
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      Mean gap
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {pub.rows.map((r) => (
                    <tr key={r.code} className="border-b border-slate-200 align-top">
                      <th scope="row" className="py-2 pr-3 text-left font-normal">
                        {r.statement}
                        <span className="block text-xs text-slate-600">{r.domainName}</span>
                      </th>
                      <td className="py-2 pr-3">{TIER_NAMES[r.tier]}</td>
                      {r.withheld ? (
                        <td colSpan={4} className={`${td} bg-slate-100 text-slate-700`}>
                          Withheld
                        </td>
                      ) : (
                        <>
                          <td className={td}>{r.inScope}</td>
                          <td className={td}>{r.withGap}</td>
                          <td className={`${td} ${needShade(r.needRate)}`}>{formatPercent(r.needRate)}</td>
                          <td className={td}>{formatNumber(r.meanGap)}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </section>
    </div>
  );
}
