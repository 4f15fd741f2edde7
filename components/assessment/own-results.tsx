import type { OwnResults } from "@/lib/assessment/rules";
import type { RatingLevel } from "@/lib/framework/versioning";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";
import { oneDecimal } from "./format";

const levelName = (scale: RatingLevel[], value: number) =>
  `${value} ${scale.find((l) => l.value === value)?.label ?? ""}`.trim();

/** The person's own results: shown only to them, so nothing is withheld. */
export function OwnResultsView({
  results,
  scale,
  requiredTier,
}: {
  results: OwnResults;
  scale: RatingLevel[];
  requiredTier: Tier;
}) {
  const tierName = `tier ${requiredTier} (${TIER_NAMES[requiredTier]})`;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="results-tier" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="results-tier" className="mb-2 text-lg font-semibold">
          Your tier
        </h3>
        <p className="font-medium">
          {results.meetsTier
            ? `You meet the target on all ${results.inScope} statements for your role's ${tierName}.`
            : `You are below the target on ${results.gaps.length} of ${results.inScope} statements for your role's ${tierName}.`}
        </p>
        <ul className="mt-2 flex flex-col gap-1">
          {TIERS.filter((t) => results.meetsByTier[t] !== undefined).map((t) => (
            <li key={t}>
              Tier {t} ({TIER_NAMES[t]}): {results.meetsByTier[t] ? "met" : "not met yet"}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="results-domains" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="results-domains" className="mb-2 text-lg font-semibold">
          By area
        </h3>
        <ul className="flex flex-col divide-y divide-slate-200">
          {results.domains.map((d) => (
            <li key={d.code} className="py-2">
              <p className="font-medium">{d.name}</p>
              <p className="text-sm text-slate-700">
                Average rating {d.average === null ? "not given" : `${oneDecimal(d.average)} out of 4`}
                {" · "}
                {d.withGap === 0 ? "all at or above target" : `${d.withGap} of ${d.answered} below target`}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="results-gaps" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="results-gaps" className="mb-2 text-lg font-semibold">
          Where to grow
        </h3>
        {results.gaps.length === 0 ? (
          <p>You have no gaps: every statement is at or above its target. Thank you for all you do.</p>
        ) : (
          <ol className="flex list-decimal flex-col gap-3 pl-5">
            {results.gaps.map((g) => (
              <li key={g.code}>
                <p>{g.statement}</p>
                <p className="text-sm text-slate-700">
                  You rated {levelName(scale, g.rating)}; the target is {levelName(scale, g.target)} (a gap of{" "}
                  {g.gap}).
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
