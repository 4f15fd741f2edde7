// Pooled demand across a trust, what the schools' plans already buy, and what one trust-wide booking
// would save. Pure: no database, no clock.
//
// Every figure about people is one lib/disclosure published for a school (publishRollup: a
// competency's staff with a gap, from the school's latest closed round), or a sum, or a maximum, of
// published figures only, so nothing here narrows a withheld figure (decision 0036). A course's
// demand in a school is the most staff needing any one competency it covers: at least that many
// would gain from it, and it needs no individual's answers. Places in plans below the school's k are
// withheld too; trust totals count only the parts that are shown.
import { publishRollup, type RollupPublication } from "../disclosure";
import { formatMoney } from "../format";
import { compareCodes } from "../gaps/gap";
import { latestClosed, type SchoolFact } from "../trust/overview";
import type { Tier } from "../tiers";

export type DemandCourse = {
  id: string;
  title: string;
  provider: string;
  tier: Tier;
  costModel: "PER_PLACE" | "PER_SESSION";
  costPence: number;
  sessionCapacity: number | null;
  /** competency codes the course brings to some level */
  competencies: string[];
};

/** One item of a school's current plan (the newest version of its newest plan), as counts. */
export type Purchase = { schoolId: string; courseId: string; places: number; costPence: number };

export type SchoolFigure = {
  schoolId: string;
  name: string;
  /** null when withheld */
  people: number | null;
  withheld: boolean;
};

export type CompetencyDemand = {
  code: string;
  statement: string;
  domainName: string;
  tier: Tier;
  /** schools with published figures, by name; withheld ones in place, with no figure */
  schools: SchoolFigure[];
  /** staff needing it, summed over the schools whose figure is shown */
  total: number;
  schoolsWithNeed: number;
  /** titles of the courses that address it */
  courses: string[];
};

export type Planned = { places: number | null; costPence: number | null; withheld: boolean };

export type CourseSchool = SchoolFigure & { planned: Planned; aloneCostPence: number | null };

export type CourseDemand = {
  course: DemandCourse;
  schools: CourseSchool[];
  /** staff who need it, over schools whose figure is shown */
  total: number;
  schoolsWithNeed: number;
  planned: { places: number; costPence: number; schools: number };
  /** cost if each school with a need books alone, and as one trust booking, and the difference */
  aloneCostPence: number;
  togetherCostPence: number;
  savingPence: number;
  /** the sums in words, line by line, so the trust can check them */
  arithmetic: string[];
};

export type Demand = {
  /** schools with a closed round whose figures can be shown */
  schoolsWithFigures: number;
  schoolsWithout: string[];
  competencies: CompetencyDemand[];
  courses: CourseDemand[];
};

const money = formatMoney;

/** What booking `people` places costs at the course's own cost model. */
export function bookingCost(course: DemandCourse, people: number): { sessions: number; costPence: number } {
  if (people <= 0) return { sessions: 0, costPence: 0 };
  if (course.costModel === "PER_PLACE") return { sessions: 0, costPence: people * course.costPence };
  const sessions = Math.ceil(people / Math.max(1, course.sessionCapacity ?? 1));
  return { sessions, costPence: sessions * course.costPence };
}

function costInWords(course: DemandCourse, people: number): string {
  const { sessions, costPence } = bookingCost(course, people);
  const staff = `${people} ${people === 1 ? "member" : "members"} of staff`;
  return course.costModel === "PER_PLACE"
    ? `${staff} × ${money(course.costPence)} a place = ${money(costPence)}`
    : `${staff} → ${sessions} ${sessions === 1 ? "session" : "sessions"} of up to ${course.sessionCapacity} × ${money(course.costPence)} = ${money(costPence)}`;
}

export function buildDemand(schools: SchoolFact[], courses: DemandCourse[], purchases: Purchase[]): Demand {
  const published = schools
    .map((s) => {
      const round = latestClosed(s);
      return { school: s, pub: round ? publishRollup(round.rollup!) : null };
    })
    .sort(
      (a, b) => a.school.name.localeCompare(b.school.name, "en-GB") || compareCodes(a.school.id, b.school.id),
    );
  const shown = published.filter((p): p is { school: SchoolFact; pub: RollupPublication } => p.pub !== null);

  // Competencies any school publishes, with each school's figure.
  const rowsByCode = new Map<string, { statement: string; domainName: string; tier: Tier }>();
  for (const { pub } of shown)
    for (const r of pub.rows)
      if (!r.withheld && !rowsByCode.has(r.code))
        rowsByCode.set(r.code, { statement: r.statement, domainName: r.domainName, tier: r.tier });
  const figure = (
    pub: RollupPublication,
    code: string,
  ): { people: number | null; withheld: boolean } | null => {
    const row = pub.rows.find((r) => r.code === code);
    if (!row) return null;
    return row.withheld ? { people: null, withheld: true } : { people: row.withGap, withheld: false };
  };

  const competencies: CompetencyDemand[] = [...rowsByCode.entries()]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([code, row]) => {
      const figures = shown.flatMap(({ school, pub }) => {
        const f = figure(pub, code);
        return f ? [{ schoolId: school.id, name: school.name, ...f }] : [];
      });
      const total = figures.reduce((n, f) => n + (f.people ?? 0), 0);
      return {
        code,
        ...row,
        schools: figures,
        total,
        schoolsWithNeed: figures.filter((f) => (f.people ?? 0) > 0).length,
        courses: courses.filter((c) => c.competencies.includes(code)).map((c) => c.title),
      };
    })
    .filter((c) => c.total > 0);

  const courseRows: CourseDemand[] = courses
    .filter((c) => c.competencies.some((code) => rowsByCode.has(code)))
    .map((course) => {
      const rows: CourseSchool[] = shown.map(({ school, pub }) => {
        const figures = course.competencies
          .map((code) => figure(pub, code))
          .filter((f): f is NonNullable<typeof f> => f !== null);
        const open = figures.filter((f) => !f.withheld);
        const people = open.length > 0 ? Math.max(...open.map((f) => f.people!)) : null;
        const withheld = people === null && figures.some((f) => f.withheld);
        const mine = purchases.filter((p) => p.schoolId === school.id && p.courseId === course.id);
        const places = mine.reduce((n, p) => n + p.places, 0);
        const cost = mine.reduce((n, p) => n + p.costPence, 0);
        const plannedWithheld = places > 0 && places < pub.k;
        return {
          schoolId: school.id,
          name: school.name,
          people,
          withheld,
          planned: plannedWithheld
            ? { places: null, costPence: null, withheld: true }
            : { places, costPence: cost, withheld: false },
          aloneCostPence: people === null ? null : bookingCost(course, people).costPence,
        };
      });
      const needing = rows.filter((r) => (r.people ?? 0) > 0);
      const total = needing.reduce((n, r) => n + r.people!, 0);
      const alone = needing.reduce((n, r) => n + r.aloneCostPence!, 0);
      const together = bookingCost(course, total).costPence;
      const plannedShown = rows.filter((r) => !r.planned.withheld && (r.planned.places ?? 0) > 0);
      const arithmetic = [
        ...needing.map((r) => `${r.name} alone: ${costInWords(course, r.people!)}`),
        `Each school alone: ${money(alone)} in all`,
        `One trust booking: ${costInWords(course, total)}`,
        course.costModel === "PER_PLACE"
          ? "Priced per place, so booking together costs the same; a trust offer at a lower price per place saves the difference."
          : `Saving: ${money(alone)} − ${money(together)} = ${money(alone - together)}`,
      ];
      return {
        course,
        schools: rows,
        total,
        schoolsWithNeed: needing.length,
        planned: {
          places: plannedShown.reduce((n, r) => n + r.planned.places!, 0),
          costPence: plannedShown.reduce((n, r) => n + r.planned.costPence!, 0),
          schools: plannedShown.length,
        },
        aloneCostPence: alone,
        togetherCostPence: together,
        savingPence: alone - together,
        arithmetic: total > 0 ? arithmetic : [],
      };
    })
    .filter((c) => c.total > 0)
    .sort(
      (a, b) =>
        b.savingPence - a.savingPence ||
        b.total - a.total ||
        a.course.title.localeCompare(b.course.title, "en-GB") ||
        compareCodes(a.course.id, b.course.id),
    );

  return {
    schoolsWithFigures: shown.length,
    schoolsWithout: published.filter((p) => p.pub === null).map((p) => p.school.name),
    competencies,
    courses: courseRows,
  };
}
