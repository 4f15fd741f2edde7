import { EmptyState } from "@/components/ui/page-header";
import type { RecordFigures } from "@/lib/records/figures";
import { TIER_NAMES } from "@/lib/tiers";
import { formatDate, formatPercent } from "@/lib/format";
import { signed } from "./format";

const cell = "border-b border-slate-200 px-2 py-2 text-left align-top";
const WITHHELD = "Withheld";

function share(value: { people: number; share: number | null; withheld: boolean } | null) {
  if (!value) return "No round yet";
  if (value.withheld) return WITHHELD;
  return `${formatPercent(value.share)} of ${value.people}`;
}

/** Coverage by in-date training beside self-assessed coverage, tier by tier. */
export function CoverageTable({ figures }: { figures: RecordFigures }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Tier coverage table" tabIndex={0}>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">
          <span className="block">
            Covered means at the target level on every competency of that tier: through in-date training that
            develops it, or, self-assessed, by their own ratings in the latest round.
          </span>
          <span className="mt-1 block">
            Each tier counts everyone who needs it, so Core counts all staff, Enhanced counts Enhanced and
            Specialist staff, and Specialist only Specialist staff. The job roles page counts each person
            once, under their highest tier, so its Core figure is smaller. Self-assessed figures count those
            who answered. “{WITHHELD}” means fewer than {figures.k} people.
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Tier
            </th>
            <th scope="col" className={cell}>
              By in-date training
            </th>
            <th scope="col" className={cell}>
              Self-assessed{figures.latestRoundTitle ? ` (${figures.latestRoundTitle})` : ""}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.coverage.map((row) => (
            <tr key={row.tier}>
              <th scope="row" className={cell}>
                {row.tier} {TIER_NAMES[row.tier]}
              </th>
              <td className={cell}>{share(row.trained)}</td>
              <td className={cell}>{share(row.selfAssessed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Mean rating change on a course's competencies, for those who took it between the rounds and those who did not. */
export function ImpactTable({ figures }: { figures: RecordFigures }) {
  const { rows, rounds } = figures.impact;
  if (!rounds) {
    return (
      <EmptyState>
        Impact needs two named rounds with submitted answers, one closed before the other opened.
      </EmptyState>
    );
  }
  // What "between" means, in words, wherever the figures (or their absence) are shown.
  const between = (
    <>
      Training counts as between the rounds when it was completed from {formatDate(rounds.from)} to{" "}
      {formatDate(rounds.to)}: after “{rounds.earlier}” closed, up to the day “{rounds.later}” opened,
      whenever each person answered or their answers were imported.
    </>
  );
  if (rows.length === 0) {
    return (
      <EmptyState>
        No one recorded a catalogue course between “{rounds.earlier}” and “{rounds.later}”. {between}
      </EmptyState>
    );
  }
  const group = (g: { people: number; meanChange: number | null; withheld: boolean }) =>
    g.withheld ? `${WITHHELD} (fewer than ${figures.k})` : `${signed(g.meanChange)} (${g.people} people)`;
  return (
    <div className="overflow-x-auto" role="region" aria-label="Impact table" tabIndex={0}>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">
          Change in self-ratings from “{rounds.earlier}” to “{rounds.later}” on the competencies each course
          covers. {between}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              Course
            </th>
            <th scope="col" className={cell}>
              Completed it in between
            </th>
            <th scope="col" className={cell}>
              Did not
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.courseId}>
              <th scope="row" className={cell}>
                {r.title}
              </th>
              <td className={cell}>{group(r.trained)}</td>
              <td className={cell}>{group(r.untrained)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
