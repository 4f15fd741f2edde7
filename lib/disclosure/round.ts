// Everything published about one round's figures, decided in one place. Pure: no database, no clock.
//
// "controlled" is for every CONFIDENTIAL figure and every figure that leaves the school: people are
// merged into tier bands of at least k first (./recode), then a statement is published only when its
// tier is the lowest tier of a band, so every published figure is a sum over groups of at least k
// people and nothing can be found by subtracting one published figure from another. Withheld rows carry no figures and are
// listed after the ranked ones in code order, so their position says nothing about their values.
// "full" is for NAMED rounds seen by the school's lead and head, who see each person's answers by
// design: withholding there would protect no one and only hide the picture.
import { analyseGaps, byPriority } from "../gaps/analysis";
import { roundTo } from "../gaps/format";
import { compareCodes, gapOf } from "../gaps/gap";
import type { CompetencyGap, GapCompetency, Respondent, Targets, TierCoverage } from "../gaps/types";
import { TIER_NAMES, type Tier } from "../tiers";
import { recode, unitsOf, type PublicationGroup, type Recoding } from "./recode";

export type DisclosureMode = "full" | "controlled";
export type ParticipantState = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED";
/** Everyone the round asked, and anyone who submitted and has since left or changed role. */
export type Participant = { jobRole: string; tier: Tier; state: ParticipantState };

export type RoundFacts = {
  mode: DisclosureMode;
  k: number;
  competencies: GapCompetency[];
  respondents: Respondent[];
  participants: Participant[];
  targets: Targets;
  roleLabel: (jobRole: string) => string;
};

export type PublishedRow = CompetencyGap & { withheld: boolean };
/**
 * One heatmap cell as people see it: the need rate as a whole percentage, and nothing else (no
 * counts), so a group's size is not published. The heatmap is for display only; exports do not carry it.
 */
export type PublishedCell = { domainCode: string; groupKey: string; needRatePercent: number };
export type PublishedCoverage = TierCoverage & { withheld: boolean };
export type ProgressFigures = {
  key: string;
  label: string;
  asked: number;
  submitted: number;
  rate: number | null;
};

export type RoundPublication = {
  mode: DisclosureMode;
  k: number;
  recoding: Recoding;
  /** Ranked rows (priority order) first, then withheld rows in code order with every figure null. */
  rows: PublishedRow[];
  /** Codes of the statements whose figures are published, in any table or export. */
  published: Set<string>;
  /** Need by domain and group; a cell exists wherever the group has statements in the domain. */
  heatmap: PublishedCell[];
  coverage: PublishedCoverage[];
  progress: {
    overall: ProgressFigures & { inProgress: number };
    groups: ProgressFigures[];
    bands: ProgressFigures[];
  };
};

/** The one door every page, CSV and export of a round's figures goes through. */
export function publishRound(facts: RoundFacts): RoundPublication {
  const recoding = recodingFor(facts);
  const analysis = analyseGaps({
    competencies: facts.competencies,
    respondents: facts.respondents,
    targets: facts.targets,
  });
  const reported = new Set(recoding.reportedTiers);
  const isPublished = (row: CompetencyGap) =>
    facts.mode === "full" || (reported.has(row.tier) && row.inScope >= recoding.k);
  const ranked = analysis.competencies.filter(isPublished).sort(byPriority);
  const withheld = analysis.competencies
    .filter((r) => !isPublished(r))
    .sort((a, b) => compareCodes(a.code, b.code));
  const published = new Set(ranked.map((r) => r.code));
  return {
    mode: facts.mode,
    k: recoding.k,
    recoding,
    rows: [...ranked.map((r) => ({ ...r, withheld: false })), ...withheld.map(blankRow)],
    published,
    heatmap: heatmap(facts, recoding, published),
    coverage: coverage(facts, published, reported, recoding.k),
    progress: progress(facts, recoding),
  };
}

type ProgressFacts = Pick<RoundFacts, "mode" | "k" | "participants" | "roleLabel">;

const recodingFor = (facts: ProgressFacts) =>
  facts.mode === "full"
    ? identityRecoding(facts)
    : recode(unitsOf(facts.participants.map(asUnitPerson)), facts.k);

/** Progress alone (while a round is open there is nothing else to publish), with the same groups as the report. */
export function publishProgress(facts: ProgressFacts): RoundPublication["progress"] & { k: number } {
  const recoding = recodingFor(facts);
  return { ...progress(facts, recoding), k: recoding.k };
}

const asUnitPerson = (p: Participant) => ({
  jobRole: p.jobRole,
  tier: p.tier,
  submitted: p.state === "SUBMITTED",
});

const blankRow = (r: CompetencyGap): PublishedRow => ({
  ...r,
  inScope: 0,
  withGap: 0,
  totalGap: 0,
  needRate: null,
  meanGap: null,
  withheld: true,
});

/** NAMED rounds for the lead and head: one group per job role, one band per tier, nothing merged. */
function identityRecoding(facts: ProgressFacts): Recoding {
  const tiers: Tier[] = [1, 2, 3];
  const bands = tiers.map((t) => ({ tiers: [t], minTier: t, label: `${TIER_NAMES[t]} roles` }));
  const roles = [...new Set(facts.participants.map((p) => p.jobRole))].sort(compareCodes);
  const groups: PublicationGroup[] = roles.map((r) => ({
    key: r,
    label: facts.roleLabel(r),
    jobRoles: [r],
    band: bands[0]!,
    scopeTier: 3, // each person's own scope decides
  }));
  return {
    k: facts.k,
    bands,
    groups,
    reportedTiers: tiers,
    bandOf: (t) => bands[t - 1]!,
    groupOf(jobRole) {
      const group = groups.find((g) => g.key === jobRole);
      if (!group)
        throw new Error(`No publication group for ${jobRole}: every respondent must be a participant.`);
      return group;
    },
  };
}

function heatmap(facts: RoundFacts, recoding: Recoding, published: Set<string>): PublishedCell[] {
  const cells = new Map<string, { domainCode: string; groupKey: string; pairs: number; withGap: number }>();
  for (const r of facts.respondents) {
    const group = recoding.groupOf(r.jobRole, r.requiredTier);
    for (const c of facts.competencies) {
      if (!published.has(c.code) || c.tier > group.scopeTier) continue;
      const gap = gapOf(r, c, facts.targets);
      if (gap === null) continue;
      const key = `${c.domainCode}\u0000${group.key}`;
      const cell = cells.get(key) ?? { domainCode: c.domainCode, groupKey: group.key, pairs: 0, withGap: 0 };
      cells.set(key, cell);
      cell.pairs += 1;
      if (gap > 0) cell.withGap += 1;
    }
  }
  return [...cells.values()]
    .map((c) => ({
      domainCode: c.domainCode,
      groupKey: c.groupKey,
      needRatePercent: roundTo((100 * c.withGap) / c.pairs),
    }))
    .sort((a, b) => compareCodes(a.domainCode, b.domainCode) || compareCodes(a.groupKey, b.groupKey));
}

function coverage(
  facts: RoundFacts,
  published: Set<string>,
  reported: Set<Tier>,
  k: number,
): PublishedCoverage[] {
  return ([1, 2, 3] as Tier[]).map((tier) => {
    const ofTier = facts.competencies.filter((c) => c.tier === tier && published.has(c.code));
    let people = 0;
    let covered = 0;
    for (const r of facts.respondents) {
      if (r.requiredTier < tier) continue;
      const gaps = ofTier.map((c) => gapOf(r, c, facts.targets)).filter((g): g is number => g !== null);
      if (gaps.length === 0) continue;
      people += 1;
      if (gaps.every((g) => g === 0)) covered += 1;
    }
    const show = facts.mode === "full" || (reported.has(tier) && people >= k);
    return show
      ? { tier, people, covered, share: people === 0 ? null : covered / people, withheld: false }
      : { tier, people: 0, covered: 0, share: null, withheld: true };
  });
}

function progress(facts: ProgressFacts, recoding: Recoding): RoundPublication["progress"] {
  const figures = (key: string, label: string, people: Participant[]): ProgressFigures => {
    const submitted = people.filter((p) => p.state === "SUBMITTED").length;
    return {
      key,
      label,
      asked: people.length,
      submitted,
      rate: people.length === 0 ? null : submitted / people.length,
    };
  };
  const of = (pred: (p: Participant) => boolean) => facts.participants.filter(pred);
  return {
    overall: {
      ...figures("all", "Everyone asked", facts.participants),
      inProgress: of((p) => p.state === "IN_PROGRESS").length,
    },
    // A CONFIDENTIAL round publishes no group's size: with the recoding rule (each pooled role under
    // k), a pool's exact total can pin down how many of a small role took part.
    groups:
      facts.mode === "full"
        ? recoding.groups.map((g) =>
            figures(
              g.key,
              g.label,
              of((p) => recoding.groupOf(p.jobRole, p.tier).key === g.key),
            ),
          )
        : [],
    bands: recoding.bands
      .map((b) =>
        figures(
          `tiers-${b.tiers.join("")}`,
          b.label,
          of((p) => b.tiers.includes(p.tier)),
        ),
      )
      .filter((b) => b.asked > 0),
  };
}
