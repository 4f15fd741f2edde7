// The overview's status columns in words, one source for the page, the CSV and the board's report.
// Pure: no database, no clock.
import { STATUS_LABEL } from "../accreditation/rules";
import { decisionWords } from "../accreditation/levels";
import { formatDate, formatMoney, formatPercent } from "../format";
import { formatScore } from "../review/scores";
import type { AccreditationCell, ActionPlanCell, PlanCell, RagSummary, ReviewCell } from "./status";

const ACTION_PLAN_STATUS: Record<NonNullable<ActionPlanCell>["status"], string> = {
  DRAFT: "Draft",
  SUBMITTED: "Sent for validation",
  CHANGES_REQUESTED: "Changes asked for",
  VALIDATED: "Validated",
};

export function planWords(plan: PlanCell): string {
  if (!plan) return "No training plan yet";
  const status = plan.status === "APPROVED" ? "Approved" : "Draft";
  if (!plan.budgetPence) return `${status}: spends ${formatMoney(plan.costPence)}`;
  return `${status}: ${formatMoney(plan.costPence)} of ${formatMoney(plan.budgetPence)} (${formatPercent(plan.costPence / plan.budgetPence)})`;
}

export function ragWords(rag: RagSummary): string {
  if (rag.total === 0) return "no actions yet";
  const parts = [`${rag.red} red`, `${rag.amber} amber`, `${rag.green} green`];
  if (rag.unset > 0) parts.push(`${rag.unset} not set`);
  return `${parts.join(", ")}; ${rag.done} of ${rag.total} done`;
}

export function actionPlanWords(plan: ActionPlanCell): string {
  if (!plan) return "No action plan yet";
  return `${ACTION_PLAN_STATUS[plan.status]}: ${ragWords(plan.rag)}`;
}

export function reviewWords(review: ReviewCell): string {
  if (!review) return "No agreed review yet";
  return `${formatScore(review.mean)} on average, agreed ${formatDate(review.reviewedOn)}`;
}

export function accreditationWords(a: AccreditationCell): string {
  if (!a) return "Not started";
  if (a.status === "DECIDED" && a.level) return `Decided: ${decisionWords(a.level)}`;
  return STATUS_LABEL[a.status];
}

export function trustPlans(trust: {
  plans: { approved: number; drafts: number; costPence: number; budgetPence: number };
}): string {
  const { approved, drafts, costPence, budgetPence } = trust.plans;
  if (approved + drafts === 0) return "No training plans yet";
  const money =
    budgetPence > 0 ? `${formatMoney(costPence)} of ${formatMoney(budgetPence)}` : formatMoney(costPence);
  return `${approved} approved, ${drafts} draft; ${money}`;
}

/** A share against its target in words, as the overview's cells say it. */
export function shareWords(share: {
  share: number | null;
  withheld: boolean;
  meets: boolean | null;
}): string {
  if (share.withheld) return "Withheld (fewer than 5 people)";
  if (share.share === null) return "No figures yet";
  return `${formatPercent(share.share)}, ${share.meets ? "meets target" : "below target"}`;
}
