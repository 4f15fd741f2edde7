// The overview and heatmap tables as CSV (lib/csv): the same published figures as the pages, at full
// precision; withheld figures are blank with "withheld" in their status column. Pure.
import { toCsv, type CsvValue } from "../csv";
import { SCHOOL_PHASE_LABELS } from "../people/labels";
import type { Heatmap, Overview, OverviewRow, Share } from "./overview";
import type { ReviewHeatmap } from "./review-heatmap";
import { accreditationWords, actionPlanWords, planWords, reviewWords } from "./words";

const shareCells = (s: Share): CsvValue[] => [
  s.withheld ? null : s.share,
  s.withheld ? "withheld" : s.share === null ? "no figures yet" : s.meets ? "meets target" : "below target",
];

export function overviewCsv(rows: OverviewRow[], trust: Overview["trust"]): string {
  const header = [
    "school",
    "urn",
    "phase",
    "staff",
    "has_lead",
    "latest_round",
    "latest_round_status",
    "asked",
    "submitted",
    "response_rate",
    "figures_from_round",
    "core_coverage",
    "core_status",
    "enhanced_share_of_staff",
    "enhanced_status",
    "core_trained",
    "core_trained_status",
    "enhanced_trained_share_of_staff",
    "enhanced_trained_status",
    "training_plan",
    "plan_status",
    "plan_spend_pence",
    "plan_budget_pence",
    "action_plan",
    "action_plan_status",
    "actions_red",
    "actions_amber",
    "actions_green",
    "actions_not_set",
    "actions_done",
    "actions_total",
    "review",
    "review_agreed_on",
    "review_mean_score",
    "accreditation",
    "accreditation_status",
    "accreditation_level",
    "need_1",
    "need_2",
    "need_3",
  ];
  const lines: CsvValue[][] = rows.map((r) => [
    r.name,
    r.urn,
    SCHOOL_PHASE_LABELS[r.phase],
    r.staffCount,
    r.hasLead ? "yes" : "no",
    r.latestRound?.title ?? null,
    r.latestRound?.status.toLowerCase() ?? null,
    r.latestRound?.asked ?? null,
    r.latestRound?.submitted ?? null,
    r.responseRate,
    r.figuresRound?.title ?? null,
    ...shareCells(r.core),
    ...shareCells(r.enhanced),
    ...shareCells(r.trainedCore),
    ...shareCells(r.trainedEnhanced),
    planWords(r.plan),
    r.plan?.status.toLowerCase() ?? null,
    r.plan?.costPence ?? null,
    r.plan?.budgetPence ?? null,
    actionPlanWords(r.actionPlan),
    r.actionPlan?.status.toLowerCase() ?? null,
    r.actionPlan?.rag.red ?? null,
    r.actionPlan?.rag.amber ?? null,
    r.actionPlan?.rag.green ?? null,
    r.actionPlan?.rag.unset ?? null,
    r.actionPlan?.rag.done ?? null,
    r.actionPlan?.rag.total ?? null,
    reviewWords(r.review),
    r.review?.reviewedOn ?? null,
    r.review?.mean ?? null,
    accreditationWords(r.accreditation),
    r.accreditation?.status.toLowerCase() ?? null,
    r.accreditation?.level?.toLowerCase() ?? null,
    r.topNeeds[0] ?? null,
    r.topNeeds[1] ?? null,
    r.topNeeds[2] ?? null,
  ]);
  lines.push([
    "Trust (pooled over people in published figures)",
    null,
    null,
    trust.staffCount,
    null,
    null,
    null,
    trust.asked,
    trust.submitted,
    trust.responseRate,
    null,
    trust.core.share,
    `${trust.core.schools} schools`,
    trust.enhanced.share,
    `${trust.enhanced.schools} schools`,
    trust.trainedCore.share,
    `${trust.trainedCore.schools} schools`,
    trust.trainedEnhanced.share,
    `${trust.trainedEnhanced.schools} schools`,
    `${trust.plans.approved} approved, ${trust.plans.drafts} draft`,
    null,
    trust.plans.costPence,
    trust.plans.budgetPence,
    null,
    null,
    trust.rag.red,
    trust.rag.amber,
    trust.rag.green,
    trust.rag.unset,
    trust.rag.done,
    trust.rag.total,
    null,
    null,
    null,
    `${trust.accredited} accredited`,
    null,
    null,
    null,
    null,
    null,
  ]);
  return toCsv(header, lines);
}

export function heatmapCsv(h: Heatmap): string {
  const header = ["school", "round", "domain_code", "domain", "need_rate", "status"];
  const name = new Map(h.domains.map((d) => [d.code, d.name]));
  const lines: CsvValue[][] = [];
  for (const s of h.schools)
    for (const c of s.cells)
      lines.push([
        s.name,
        s.round,
        c.domainCode,
        name.get(c.domainCode) ?? c.domainCode,
        c.withheld ? null : c.rate,
        c.withheld ? "withheld" : c.rate === null ? "no figures yet" : "shown",
      ]);
  for (const t of h.trust)
    lines.push([
      "Trust (pooled over people in published figures)",
      null,
      t.domainCode,
      name.get(t.domainCode) ?? t.domainCode,
      t.rate,
      `${t.schools} schools`,
    ]);
  return toCsv(header, lines);
}

export function reviewCsv(r: ReviewHeatmap): string {
  const header = ["school", "agreed_on", "principle_key", "principle", "score", "status"];
  const lines: CsvValue[][] = [];
  for (const s of r.schools)
    r.principles.forEach((p, i) =>
      lines.push([
        s.name,
        s.reviewedOn,
        p.key,
        p.title,
        s.scores[i] ?? null,
        s.scores[i] === null ? "no agreed review" : "agreed",
      ]),
    );
  r.principles.forEach((p, i) =>
    lines.push([
      "Trust (mean of schools with an agreed review)",
      null,
      p.key,
      p.title,
      r.trust[i]!.mean,
      `${r.trust[i]!.schools} schools`,
    ]),
  );
  return toCsv(header, lines);
}
