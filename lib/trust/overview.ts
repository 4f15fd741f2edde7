// The trust overview and heatmap as plain data, from each school's published rollups. Pure: no
// database, no clock. Every figure about people comes from lib/disclosure (publishRollup and the
// pooling beside it); this file only arranges, sorts and filters what that core published.
import { peoplePageOf } from "../gaps/pages";
import {
  poolCoverage,
  poolDomains,
  publishRollup,
  topNeeds,
  type RollupPublication,
  type RoundRollup,
} from "../disclosure";
import { poolTrained, type PublishedTrained } from "../disclosure";
import { compareCodes } from "../gaps/gap";
import type { SchoolPhase } from "../generated/prisma/enums";
import { accreditationRank, statusColumns, type SchoolStatus, type StatusColumns } from "./status";

export type TrustTargetsValue = { corePercent: number; enhancedPercent: number };
export const DEFAULT_TARGETS: TrustTargetsValue = { corePercent: 100, enhancedPercent: 10 };

export type RoundFact = {
  id: string;
  title: string;
  mode: "NAMED" | "CONFIDENTIAL";
  /** When it closed (closedAt, else closesAt): the trend's order. */
  closedOn: Date;
  status: "SCHEDULED" | "OPEN" | "CLOSED";
  asked: number;
  submitted: number;
  /** Closed rounds only: the rollup to publish from. */
  rollup: RoundRollup | null;
};

export type SchoolFact = {
  id: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  staffCount: number;
  hasLead: boolean;
  /** The school's small-number threshold. */
  k: number;
  /** The trust's groups this school is in. */
  groupIds: string[];
  /** Newest first. */
  rounds: RoundFact[];
  /** Plans, review, accreditation and training counts (trust_school_facts()). */
  status: SchoolStatus;
};

export type Share = { share: number | null; withheld: boolean; meets: boolean | null };

export type OverviewRow = {
  schoolId: string;
  name: string;
  urn: string;
  phase: SchoolPhase;
  staffCount: number;
  hasLead: boolean;
  latestRound: { title: string; status: RoundFact["status"]; asked: number; submitted: number } | null;
  responseRate: number | null;
  /** The newest closed round whose figures are shown here. */
  figuresRound: { id: string; title: string } | null;
  /** Share of respondents covered at Core (self-assessed), against the trust's Core target. */
  core: Share;
  /** Enhanced-covered respondents as a share of all staff, against the trust's Enhanced target. */
  enhanced: Share;
  topNeeds: string[];
  groupIds: string[];
  /** Share of staff covered at Core by in-date training, against the Core target. */
  trainedCore: Share;
  /** Staff covered at Enhanced by in-date training, as a share of all staff, against the Enhanced target. */
  trainedEnhanced: Share;
} & StatusColumns;

const WITHHELD: Share = { share: null, withheld: true, meets: null };

function shares(pub: RollupPublication | null, staffCount: number, targets: TrustTargetsValue) {
  if (!pub) return { core: { ...WITHHELD, withheld: false }, enhanced: { ...WITHHELD, withheld: false } };
  const c1 = pub.coverage.find((c) => c.tier === 1)!;
  const c2 = pub.coverage.find((c) => c.tier === 2)!;
  const core: Share = c1.withheld
    ? WITHHELD
    : {
        share: c1.share,
        withheld: false,
        meets: c1.share === null ? null : c1.share * 100 >= targets.corePercent,
      };
  const enhancedShare = c2.withheld || staffCount === 0 ? null : c2.covered / staffCount;
  const enhanced: Share = c2.withheld
    ? WITHHELD
    : {
        share: enhancedShare,
        withheld: false,
        meets: enhancedShare === null ? null : enhancedShare * 100 >= targets.enhancedPercent,
      };
  return { core, enhanced };
}

function trainedShares(trained: PublishedTrained[], staffCount: number, targets: TrustTargetsValue) {
  const [c1, c2] = [trained[0]!, trained[1]!];
  const core: Share = c1.withheld
    ? WITHHELD
    : {
        share: c1.share,
        withheld: false,
        meets: c1.share === null ? null : c1.share * 100 >= targets.corePercent,
      };
  const share2 = c2.withheld || staffCount === 0 ? null : c2.covered / staffCount;
  const enhanced: Share = c2.withheld
    ? WITHHELD
    : {
        share: share2,
        withheld: false,
        meets: share2 === null ? null : share2 * 100 >= targets.enhancedPercent,
      };
  return { trainedCore: core, trainedEnhanced: enhanced };
}

export type Overview = {
  rows: OverviewRow[];
  /** Pooled over people in the shown schools' published figures; withheld figures are never in it. */
  trust: {
    schools: number;
    staffCount: number;
    asked: number;
    submitted: number;
    responseRate: number | null;
    core: { people: number; covered: number; schools: number; share: number | null };
    enhanced: { covered: number; staff: number; schools: number; share: number | null };
    trainedCore: { people: number; covered: number; schools: number; share: number | null };
    trainedEnhanced: { covered: number; staff: number; schools: number; share: number | null };
    plans: { approved: number; drafts: number; costPence: number; budgetPence: number };
    rag: { red: number; amber: number; green: number; unset: number; done: number; total: number };
    accredited: number;
  };
};

export const latestClosed = (s: SchoolFact) =>
  s.rounds.find((r) => r.status === "CLOSED" && r.rollup) ?? null;

export function buildOverview(schools: SchoolFact[], targets: TrustTargetsValue, today: string): Overview {
  const pubs = new Map<string, RollupPublication | null>();
  const rows = schools.map((s): OverviewRow => {
    const latest = s.rounds.find((r) => r.status !== "SCHEDULED") ?? null;
    const closed = latestClosed(s);
    const pub = closed ? publishRollup(closed.rollup!) : null;
    pubs.set(s.id, pub);
    const responseRate = latest && latest.asked > 0 ? latest.submitted / latest.asked : null;
    const status = statusColumns(s.status, s.k, responseRate, today);
    return {
      schoolId: s.id,
      name: s.name,
      urn: s.urn,
      phase: s.phase,
      staffCount: s.staffCount,
      hasLead: s.hasLead,
      latestRound: latest
        ? { title: latest.title, status: latest.status, asked: latest.asked, submitted: latest.submitted }
        : null,
      responseRate,
      figuresRound: closed ? { id: closed.id, title: closed.title } : null,
      ...shares(pub, s.staffCount, targets),
      topNeeds: pub ? topNeeds(pub).map((r) => r.statement) : [],
      groupIds: s.groupIds,
      ...status,
      ...trainedShares(status.trained, s.staffCount, targets),
    };
  });
  const trained2 = rows.filter((r) => !r.trained[1]!.withheld && r.staffCount > 0);
  const trained2Staff = trained2.reduce((n, r) => n + r.staffCount, 0);
  const trained2Covered = trained2.reduce((n, r) => n + r.trained[1]!.covered, 0);
  const withPlan = rows.flatMap((r) => (r.plan ? [r.plan] : []));
  const rag = { red: 0, amber: 0, green: 0, unset: 0, done: 0, total: 0 };
  for (const r of rows)
    if (r.actionPlan)
      for (const key of Object.keys(rag) as (keyof typeof rag)[]) rag[key] += r.actionPlan.rag[key];
  const shown = [...pubs.values()].filter((p): p is RollupPublication => p !== null);
  const latestRounds = rows.filter((r) => r.latestRound);
  const asked = latestRounds.reduce((n, r) => n + r.latestRound!.asked, 0);
  const submitted = latestRounds.reduce((n, r) => n + r.latestRound!.submitted, 0);
  const enhancedSchools = rows.filter((r) => !r.enhanced.withheld && r.enhanced.share !== null);
  const enhancedCovered = schools.reduce((n, s) => {
    const c2 = pubs.get(s.id)?.coverage.find((c) => c.tier === 2);
    return c2 && !c2.withheld && s.staffCount > 0 ? n + c2.covered : n;
  }, 0);
  const enhancedStaff = enhancedSchools.reduce((n, r) => n + r.staffCount, 0);
  return {
    rows,
    trust: {
      schools: rows.length,
      staffCount: rows.reduce((n, r) => n + r.staffCount, 0),
      asked,
      submitted,
      responseRate: asked === 0 ? null : submitted / asked,
      core: poolCoverage(shown, 1),
      enhanced: {
        covered: enhancedCovered,
        staff: enhancedStaff,
        schools: enhancedSchools.length,
        share: enhancedStaff === 0 ? null : enhancedCovered / enhancedStaff,
      },
      trainedCore: poolTrained(
        rows.map((r) => r.trained),
        1,
      ),
      trainedEnhanced: {
        covered: trained2Covered,
        staff: trained2Staff,
        schools: trained2.length,
        share: trained2Staff === 0 ? null : trained2Covered / trained2Staff,
      },
      plans: {
        approved: withPlan.filter((p) => p.status === "APPROVED").length,
        drafts: withPlan.filter((p) => p.status === "DRAFT").length,
        costPence: withPlan.reduce((n, p) => n + p.costPence, 0),
        budgetPence: withPlan.reduce((n, p) => n + (p.budgetPence ?? 0), 0),
      },
      rag,
      accredited: rows.filter(
        (r) =>
          r.accreditation?.status === "DECIDED" &&
          r.accreditation.level &&
          r.accreditation.level !== "WORKING_TOWARDS",
      ).length,
    },
  };
}

export const SORT_KEYS = [
  "name",
  "staff",
  "response",
  "core",
  "enhanced",
  "trained-core",
  "trained-enhanced",
  "plan",
  "actions",
  "review",
  "accreditation",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type OverviewQuery = {
  sort: SortKey;
  dir: "asc" | "desc";
  phase: SchoolPhase | null;
  /** A group of the trust's schools (its id), or every school. */
  group: string | null;
};

const sortValue = (r: OverviewRow, key: SortKey): number | null =>
  key === "staff"
    ? r.staffCount
    : key === "response"
      ? r.responseRate
      : key === "core"
        ? r.core.share
        : key === "enhanced"
          ? r.enhanced.share
          : key === "trained-core"
            ? r.trainedCore.share
            : key === "trained-enhanced"
              ? r.trainedEnhanced.share
              : key === "plan"
                ? r.plan && r.plan.budgetPence
                  ? r.plan.costPence / r.plan.budgetPence
                  : null
                : key === "actions"
                  ? r.actionPlan && r.actionPlan.rag.total > 0
                    ? r.actionPlan.rag.red / r.actionPlan.rag.total
                    : null
                  : key === "review"
                    ? (r.review?.mean ?? null)
                    : key === "accreditation"
                      ? accreditationRank(r.accreditation)
                      : null;

/**
 * Filters by phase and sorts. Schools without a figure (none yet, or withheld) always come last, by
 * name, whichever way the column is sorted: a withheld figure's place must say nothing about it.
 */
/** Schools per page of the overview: rendering all 50 of a trust's, as cards and table, was most of its time. */
export const SCHOOLS_PAGE_SIZE = 25;

/** The page asked for of the rows as `arrange` sorts and filters them (all of them, then the page). */
export function overviewPage(rows: OverviewRow[], q: OverviewQuery, asked: number) {
  const arranged = arrange(rows, q);
  const page = peoplePageOf(arranged.length, asked, SCHOOLS_PAGE_SIZE);
  return { rows: arranged.slice(page.first - 1, page.last), page };
}

export function arrange(rows: OverviewRow[], q: OverviewQuery): OverviewRow[] {
  const byName = (a: OverviewRow, b: OverviewRow) =>
    a.name.localeCompare(b.name, "en-GB") || compareCodes(a.schoolId, b.schoolId);
  const filtered = rows.filter(
    (r) => (!q.phase || r.phase === q.phase) && (!q.group || r.groupIds.includes(q.group)),
  );
  if (q.sort === "name") return filtered.sort((a, b) => (q.dir === "asc" ? byName(a, b) : byName(b, a)));
  const sign = q.dir === "asc" ? 1 : -1;
  const withValue = filtered.filter((r) => sortValue(r, q.sort) !== null);
  const without = filtered.filter((r) => sortValue(r, q.sort) === null).sort(byName);
  withValue.sort((a, b) => sign * (sortValue(a, q.sort)! - sortValue(b, q.sort)!) || byName(a, b));
  return [...withValue, ...without];
}

// The heatmap: need rate by domain and school, from the newest closed round of each school.

export type HeatCell = { schoolId: string; domainCode: string; rate: number | null; withheld: boolean };
export type Heatmap = {
  domains: { code: string; name: string }[];
  schools: { id: string; name: string; round: string | null; cells: HeatCell[] }[];
  trust: { domainCode: string; rate: number | null; schools: number; inScope: number; withGap: number }[];
  trend: { term: string; cells: { domainCode: string; rate: number | null; schools: number }[] }[];
};

/** England's school terms by the month a round closed (Europe/London month supplied by the caller). */
export function termOf(year: number, month: number): { key: string; label: string } {
  if (month >= 9) return { key: `${year}-3`, label: `Autumn ${year}` };
  if (month <= 3) return { key: `${year}-1`, label: `Spring ${year}` };
  return { key: `${year}-2`, label: `Summer ${year}` };
}

export function buildHeatmap(
  schools: SchoolFact[],
  monthOf: (d: Date) => { year: number; month: number },
): Heatmap {
  const domains = new Map<string, string>();
  const latest = schools.map((s) => {
    const closed = latestClosed(s);
    const pub = closed ? publishRollup(closed.rollup!) : null;
    for (const c of closed?.rollup?.competencies ?? [])
      if (!domains.has(c.domainCode)) domains.set(c.domainCode, c.domainName);
    return { s, closed, pub };
  });
  const domainList = [...domains.entries()]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => compareCodes(a.code, b.code));
  const pooled = poolDomains(latest.flatMap((l) => (l.pub ? [l.pub] : [])));
  // The trend: per term, pooled over every school's closed rounds of that term.
  const terms = new Map<string, { label: string; pubs: RollupPublication[] }>();
  for (const s of schools)
    for (const r of s.rounds) {
      if (r.status !== "CLOSED" || !r.rollup) continue;
      const { year, month } = monthOf(r.closedOn);
      const t = termOf(year, month);
      const entry = terms.get(t.key) ?? { label: t.label, pubs: [] };
      terms.set(t.key, entry);
      entry.pubs.push(publishRollup(r.rollup));
    }
  return {
    domains: domainList,
    schools: latest.map(({ s, closed, pub }) => ({
      id: s.id,
      name: s.name,
      round: closed?.title ?? null,
      cells: domainList.map((d) => {
        const need = pub?.domains.find((x) => x.domainCode === d.code);
        return need
          ? {
              schoolId: s.id,
              domainCode: d.code,
              rate: need.inScope === 0 ? null : need.withGap / need.inScope,
              withheld: false,
            }
          : { schoolId: s.id, domainCode: d.code, rate: null, withheld: pub !== null };
      }),
    })),
    trust: domainList.map((d) => {
      const f = pooled.get(d.code);
      return {
        domainCode: d.code,
        rate: f?.rate ?? null,
        schools: f?.schools ?? 0,
        inScope: f?.inScope ?? 0,
        withGap: f?.withGap ?? 0,
      };
    }),
    trend: [...terms.entries()]
      .sort(([a], [b]) => compareCodes(a, b))
      .map(([, t]) => {
        const p = poolDomains(t.pubs);
        return {
          term: t.label,
          cells: domainList.map((d) => ({
            domainCode: d.code,
            rate: p.get(d.code)?.rate ?? null,
            schools: p.get(d.code)?.schools ?? 0,
          })),
        };
      }),
  };
}

const one = (v: string | string[] | undefined | null) => (Array.isArray(v) ? v[0] : (v ?? undefined));
const PHASES: readonly SchoolPhase[] = [
  "PRIMARY",
  "SECONDARY",
  "ALL_THROUGH",
  "SPECIAL",
  "ALTERNATIVE_PROVISION",
  "COLLEGE",
];

/**
 * The overview's sort and filter from the address's query (anything unknown falls back to the
 * default). A group must be one of the trust's (`groupIds`).
 */
export function overviewQuery(
  search: Record<string, string | string[] | undefined | null>,
  groupIds: readonly string[] = [],
): OverviewQuery {
  const sort = one(search.sort);
  const phase = one(search.phase);
  const group = one(search.group);
  return {
    group: group && groupIds.includes(group) ? group : null,
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : "name",
    dir: one(search.dir) === "desc" ? "desc" : "asc",
    phase: PHASES.includes(phase as SchoolPhase) ? (phase as SchoolPhase) : null,
  };
}
