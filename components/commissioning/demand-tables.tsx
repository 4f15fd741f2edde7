import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { formatMoney } from "@/lib/format";
import type { CourseDemand, Demand, SchoolFigure } from "@/lib/commissioning/demand";

const TIER_WORDS = { 1: "Core", 2: "Enhanced", 3: "Specialist" } as const;
const staff = (f: SchoolFigure) => (f.withheld ? "Withheld" : String(f.people ?? 0));

/** One course: who needs it, what plans already buy, and the arithmetic of booking together. */
function CourseCard({ row }: { row: CourseDemand }) {
  const { course } = row;
  const priced =
    course.costModel === "PER_PLACE"
      ? `${formatMoney(course.costPence)} a place`
      : `${formatMoney(course.costPence)} a session of up to ${course.sessionCapacity}`;
  return (
    <article className="rounded-md border border-slate-200 p-3">
      <h3 className="font-semibold">{course.title}</h3>
      <p className="text-sm text-slate-700">
        {course.provider} · {TIER_WORDS[course.tier]} · {priced}
      </p>
      <p className="mt-1">
        At least <strong>{row.total}</strong> staff in {row.schoolsWithNeed}{" "}
        {row.schoolsWithNeed === 1 ? "school" : "schools"} need what it covers.{" "}
        {row.savingPence > 0 ? (
          <>
            One trust booking would save <strong>{formatMoney(row.savingPence)}</strong>.
          </>
        ) : (
          "Booking together would cost the same."
        )}
      </p>
      <ScrollTable label={`Schools needing ${course.title}`}>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">
            Staff needing {course.title}, and what plans already buy, by school
          </caption>
          <thead>
            <tr className="border-b border-slate-300 align-bottom">
              <th scope="col" className={th}>
                School
              </th>
              <th scope="col" className={`${th} text-right`}>
                Staff needing it
              </th>
              <th scope="col" className={`${th} text-right`}>
                Places in the current plan
              </th>
              <th scope="col" className={`${th} text-right`}>
                Booking alone
              </th>
            </tr>
          </thead>
          <tbody>
            {row.schools.map((s) => (
              <tr key={s.schoolId} className="border-b border-slate-200">
                <th scope="row" className={th}>
                  {s.name}
                </th>
                <td className={td}>{staff(s)}</td>
                <td className={td}>
                  {s.planned.withheld
                    ? "Withheld"
                    : s.planned.places
                      ? `${s.planned.places} (${formatMoney(s.planned.costPence!)})`
                      : "None"}
                </td>
                <td className={td}>{s.aloneCostPence ? formatMoney(s.aloneCostPence) : "–"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400">
              <th scope="row" className={th}>
                Trust, over the figures shown
              </th>
              <td className={td}>{row.total}</td>
              <td className={td}>
                {row.planned.places} ({formatMoney(row.planned.costPence)})
              </td>
              <td className={td}>{formatMoney(row.aloneCostPence)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
      <details className="mt-2">
        <summary className="cursor-pointer text-harbour-700 underline">How the saving is worked out</summary>
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
          {row.arithmetic.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** How many course cards show before the rest fold away: the list is sorted by saving, most first. */
export const COURSES_SHOWN = 10;

export function CourseDemandList({ demand }: { demand: Demand }) {
  const first = demand.courses.slice(0, COURSES_SHOWN);
  const rest = demand.courses.slice(COURSES_SHOWN);
  return (
    <div className="flex flex-col gap-4">
      {first.map((row) => (
        <CourseCard key={row.course.id} row={row} />
      ))}
      {rest.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-harbour-700 underline">
            Show the other {rest.length} {rest.length === 1 ? "course" : "courses"}
          </summary>
          <div className="mt-4 flex flex-col gap-4">
            {rest.map((row) => (
              <CourseCard key={row.course.id} row={row} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}

/** Staff needing each competency, by school: every figure one the school's own report publishes. */
export function CompetencyDemandTable({ demand }: { demand: Demand }) {
  return (
    <ScrollTable label="Staff needing each competency">
      <table className="w-full text-sm">
        <caption className="sr-only">
          Staff needing each competency, by school, and the courses that address it
        </caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className={th}>
              Competency
            </th>
            <th scope="col" className={th}>
              Schools (staff needing it)
            </th>
            <th scope="col" className={`${th} text-right`}>
              Trust
            </th>
            <th scope="col" className={th}>
              Courses that address it
            </th>
          </tr>
        </thead>
        <tbody>
          {demand.competencies.map((c) => (
            <tr key={c.code} className="border-b border-slate-200 align-top">
              <th scope="row" className={th}>
                {c.statement}
                <span className="block font-normal text-slate-600">
                  {TIER_WORDS[c.tier]} · {c.domainName}
                </span>
              </th>
              <td className="py-2 pr-3">
                <ul>
                  {c.schools.map((s) => (
                    <li key={s.schoolId}>
                      {s.name}: {staff(s)}
                    </li>
                  ))}
                </ul>
              </td>
              <td className={td}>{c.total}</td>
              <td className="py-2 pr-3">
                {c.courses.length > 0 ? c.courses.join("; ") : "None in the catalogue"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
