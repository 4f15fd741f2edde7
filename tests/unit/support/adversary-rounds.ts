// Random small rounds for the adversary test, and the facts and publication of one. Test-only.
import fc from "fast-check";
import { confidentialExportRows, publishRound, type Participant, type RoundFacts } from "@/lib/disclosure";
import { DEFAULT_TARGETS, type GapCompetency, type Respondent } from "@/lib/gaps/types";
import { JOB_ROLE_KEYS, JOB_ROLES, type Tier } from "@/lib/tiers";
import type { Seen, Truth } from "./adversary";

export type RoleSpec = {
  role: string;
  tier: Tier;
  submitted: number;
  inProgress: number;
  notStarted: number;
};
export type RoundSpec = {
  k: number;
  competencies: GapCompetency[];
  roles: RoleSpec[];
  style: RatingStyle;
  seed: number;
};
type RatingStyle = "uniform" | "high" | "low" | "constant";

const tierArb = fc.constantFrom<Tier>(1, 2, 3);
// Many small groups: 0-4 far more often than 5-9.
const sizeArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }) },
);

export const roundArb: fc.Arbitrary<RoundSpec> = fc
  .record({
    k: fc.integer({ min: 5, max: 7 }),
    domains: fc.integer({ min: 2, max: 3 }),
    statements: fc.array(fc.record({ domain: fc.nat(2), tier: tierArb }), { minLength: 5, maxLength: 9 }),
    roles: fc.shuffledSubarray(JOB_ROLE_KEYS as string[], { minLength: 4, maxLength: 8 }),
    overrides: fc.array(fc.option(tierArb, { freq: 4 }), { minLength: 8, maxLength: 8 }),
    sizes: fc.array(fc.tuple(sizeArb, fc.nat(2), fc.nat(1)), { minLength: 8, maxLength: 8 }),
    style: fc.constantFrom<RatingStyle>("uniform", "uniform", "high", "low", "constant"),
    seed: fc.integer(),
  })
  .map(({ k, domains, statements, roles, overrides, sizes, style, seed }) => ({
    k,
    style,
    seed,
    competencies: statements.map((s, i) => ({
      code: `D${(s.domain % domains) + 1}.${String(i + 1).padStart(2, "0")}`,
      domainCode: `D${(s.domain % domains) + 1}`,
      tier: s.tier,
    })),
    roles: roles.map((role, i) => ({
      role,
      tier: overrides[i] ?? JOB_ROLES[role as keyof typeof JOB_ROLES].defaultTier,
      submitted: sizes[i]![0],
      inProgress: sizes[i]![1],
      notStarted: sizes[i]![2],
    })),
  }));

/** Small deterministic generator (mulberry32), so a failing round replays from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rating(style: RatingStyle, next: () => number, constant: number): number {
  const u = next();
  if (style === "constant") return constant;
  if (style === "high") return u < 0.75 ? 3 + Math.floor(next() * 2) : Math.floor(next() * 3);
  if (style === "low") return u < 0.75 ? Math.floor(next() * 3) : 3 + Math.floor(next() * 2);
  return Math.floor(u * 5);
}

export function factsOf(spec: RoundSpec): { facts: RoundFacts; truth: Truth } {
  const next = random(spec.seed);
  const constant = Math.floor(next() * 5);
  const participants: Participant[] = [];
  const respondents: Respondent[] = [];
  const roleTier = new Map<string, Tier>();
  for (const r of spec.roles) {
    const states: [Participant["state"], number][] = [
      ["SUBMITTED", r.submitted],
      ["IN_PROGRESS", r.inProgress],
      ["NOT_STARTED", r.notStarted],
    ];
    for (const [state, n] of states)
      for (let i = 0; i < n; i++) participants.push({ jobRole: r.role, tier: r.tier, state });
    if (r.submitted + r.inProgress + r.notStarted > 0) roleTier.set(r.role, r.tier);
    for (let i = 0; i < r.submitted; i++) {
      const ratings: Record<string, number> = {};
      for (const c of spec.competencies)
        if (c.tier <= r.tier) ratings[c.code] = rating(spec.style, next, constant);
      respondents.push({ id: `${r.role}-${r.tier}-${i}`, jobRole: r.role, requiredTier: r.tier, ratings });
    }
  }
  const facts: RoundFacts = {
    mode: "controlled",
    k: spec.k,
    competencies: spec.competencies,
    respondents,
    participants,
    targets: DEFAULT_TARGETS,
    roleLabel: (r) => JOB_ROLES[r as keyof typeof JOB_ROLES]?.label ?? r,
  };
  return { facts, truth: { k: spec.k, competencies: spec.competencies, roleTier, respondents } };
}

/** Everything published about the round: the publication and its confidential export. */
export function seenOf(facts: RoundFacts): Seen {
  const publication = publishRound(facts);
  const order = (id: string) => String((hash(id) >>> 0).toString(16)).padStart(8, "0") + id;
  return {
    publication,
    exportRows: confidentialExportRows(publication, facts.competencies, facts.respondents, order),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
