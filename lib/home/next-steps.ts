// What a lead or head should do next, in plain words with one link each: rounds in progress, plans
// waiting for approval, training about to expire. Pure: no database, no clock (today is an argument).
import { formatDate, formatPercent } from "../format";
import type { RoundStatus } from "../rounds/rules";
import { renewalStage } from "../accreditation/rules";

export type HomeRound = {
  id: string;
  title: string;
  status: RoundStatus;
  opensAt: Date;
  closesAt: Date;
  /** members the round asks today */
  asked: number;
  submitted: number;
  hasPlan: boolean;
};
export type HomePlan = { id: string; title: string; status: "DRAFT" | "APPROVED"; versionNumber: number };
export type HomeFacts = {
  rounds: HomeRound[];
  plans: HomePlan[];
  expiring: { count: number; soonest: string | null };
  /** The signed-in lead's own self-assessment: when last done (a London day) and whether it is due. */
  ownDevelopment?: { lastOn: string | null; due: boolean };
  /** The action plan's newest version (issue 9); absent or null when there is none yet. */
  actionPlan?: {
    status: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "VALIDATED";
    number: number;
    actions: number;
  } | null;
  /** The whole-school review: the open one, and whether another is due (none agreed in 6 months). */
  review?: { openId: string | null; lastAgreedAt: Date | null; due: boolean };
  /** Open actions handed to the signed-in lead when they were appointed, not yet confirmed. */
  handedOver?: number;
  /** The school's newest accreditation self-evaluation (issue 10); null when none was started. */
  accreditation?: {
    id: string;
    status: "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "REVIEWED" | "VISITED" | "DECIDED";
    rated: number;
    criteria: number;
    accredited: boolean;
    renewalDue: string | null;
  } | null;
  /** The newest closed round with answers not yet sent to the school's local authority (when Harbour has it). */
  unsentReturn?: { roundId: string; title: string; authorityName: string } | null;
  /** Today as a London day, for dates the steps compare (the renewal). */
  today?: string;
};
export type Abilities = {
  manageRounds: boolean;
  managePlans: boolean;
  approvePlans: boolean;
  manageRecords: boolean;
  developSelf?: boolean;
  manageActionPlan?: boolean;
  manageReview?: boolean;
  appointLead?: boolean;
  viewAccreditation?: boolean;
  selfEvaluate?: boolean;
  submitReturns?: boolean;
};
export type NextStep = { key: string; text: string; href: string; linkText: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function nextSteps(
  facts: HomeFacts,
  can: Abilities,
  base: string,
  expiryWindowDays: number,
): NextStep[] {
  const steps: NextStep[] = [];
  for (const r of facts.rounds.filter((x) => x.status === "OPEN")) {
    const share = r.asked > 0 ? ` (${formatPercent(r.submitted / r.asked)})` : "";
    steps.push({
      key: `round-${r.id}`,
      text: `“${r.title}” is open: ${r.submitted} of ${r.asked} staff have submitted${share}. It closes on ${formatDate(r.closesAt, { weekday: true })}.`,
      href: `${base}/rounds/${r.id}`,
      linkText: can.manageRounds ? "See who has not finished and send a reminder" : "See progress",
    });
  }
  for (const r of facts.rounds.filter((x) => x.status === "SCHEDULED")) {
    steps.push({
      key: `round-${r.id}`,
      text: `“${r.title}” opens on ${formatDate(r.opensAt, { weekday: true })} for ${plural(r.asked, "member of staff", "staff")}.`,
      href: `${base}/rounds/${r.id}`,
      linkText: "See the round",
    });
  }
  for (const p of facts.plans.filter((x) => x.status === "DRAFT")) {
    if (can.approvePlans) {
      steps.push({
        key: `plan-${p.id}`,
        text: `The training plan “${p.title}” (version ${p.versionNumber}) is waiting for your approval.`,
        href: `${base}/plans/${p.id}`,
        linkText: "Review and approve it",
      });
    } else if (can.managePlans) {
      steps.push({
        key: `plan-${p.id}`,
        text: `The training plan “${p.title}” (version ${p.versionNumber}) is a draft: the headteacher has not approved it yet.`,
        href: `${base}/plans/${p.id}`,
        linkText: "Check it is ready",
      });
    }
  }
  // The newest closed round with answers and no plan yet: the next thing to plan from.
  const unplanned = facts.rounds.find((r) => r.status === "CLOSED" && r.submitted > 0 && !r.hasPlan);
  if (unplanned && can.managePlans) {
    steps.push({
      key: `plan-from-${unplanned.id}`,
      text: `“${unplanned.title}” has closed with ${plural(unplanned.submitted, "answer", "answers")} and has no training plan yet.`,
      href: `${base}/plans`,
      linkText: "Make a training plan",
    });
  }
  if (facts.expiring.count > 0) {
    steps.push({
      key: "expiring",
      text:
        `${plural(facts.expiring.count, "training record expires", "training records expire")} in the next ${expiryWindowDays} days` +
        (facts.expiring.soonest ? `, the first on ${formatDate(facts.expiring.soonest)}.` : "."),
      href: `${base}/records`,
      linkText: can.manageRecords ? "See them and remind staff" : "See them",
    });
  }
  if (can.developSelf && facts.ownDevelopment?.due) {
    const last = facts.ownDevelopment.lastOn;
    steps.push({
      key: "own-development",
      text: last
        ? `You last assessed your own development as senior mental health lead on ${formatDate(last)}: it is time to look again.`
        : "You have not assessed your own development as senior mental health lead yet: your gaps become your own training needs in the plans you make.",
      href: `${base}/my-development`,
      linkText: last ? "Assess yourself again" : "Assess your own development",
    });
  }
  if (can.manageActionPlan && facts.handedOver) {
    steps.push({
      key: "handed-over",
      text: `${plural(facts.handedOver, "open action was", "open actions were")} handed over to you when you became the senior mental health lead.`,
      href: `${base}/action-plan`,
      linkText: "Check and confirm them",
    });
  }
  const ap = facts.actionPlan;
  if (can.manageActionPlan && ap?.status === "CHANGES_REQUESTED") {
    steps.push({
      key: "action-plan-changes",
      text: `The reviewer asked for changes to your action plan (version ${ap.number}).`,
      href: `${base}/action-plan`,
      linkText: "Read their comments and start the next version",
    });
  } else if (
    can.manageActionPlan &&
    facts.rounds.length > 0 &&
    (!ap || (ap.status === "DRAFT" && ap.actions === 0))
  ) {
    steps.push({
      key: "action-plan-draft",
      text: "Your whole-school action plan has no actions yet: Harbour suggests some from your data.",
      href: `${base}/action-plan`,
      linkText: "Draft the action plan",
    });
  }
  if (can.submitReturns && facts.unsentReturn) {
    const r = facts.unsentReturn;
    steps.push({
      key: `return-${r.roundId}`,
      text: `“${r.title}” has closed. ${r.authorityName} collects schools' summaries: figures only, with small numbers withheld, never anyone's answers.`,
      href: `${base}/returns`,
      linkText: "Check and send the summary",
    });
  }
  if (facts.review && can.manageReview) steps.push(...reviewSteps(facts.review, base));
  if (can.viewAccreditation && facts.accreditation !== undefined)
    steps.push(...accreditationSteps(facts.accreditation, facts.today, Boolean(can.selfEvaluate), base));
  if (can.appointLead) {
    steps.push({
      key: "appoint-lead",
      text: "Is your senior mental health lead changing? Appoint the new lead in Harbour: the old lead's open actions pass to them.",
      href: `${base}/people/lead`,
      linkText: "Appoint a new lead",
    });
  }
  if (facts.rounds.length === 0 && can.manageRounds) {
    steps.push({
      key: "first-round",
      text: "No self-assessment has been run yet: staff rate themselves first, then the gap report shows where training is needed.",
      href: `${base}/rounds`,
      linkText: "Open a self-assessment round",
    });
  }
  return steps;
}

function reviewSteps(review: NonNullable<HomeFacts["review"]>, base: string): NextStep[] {
  if (review.openId)
    return [
      {
        key: "review-open",
        text: "A whole-school review is open: once everyone has rated, agree the school's rating of each statement and close it.",
        href: `${base}/review/${review.openId}/agree`,
        linkText: "See the ratings and agree the school's",
      },
    ];
  if (!review.due) return [];
  return [
    {
      key: "review-due",
      text: review.lastAgreedAt
        ? `The last whole-school review was agreed on ${formatDate(review.lastAgreedAt)}, over six months ago.`
        : "The school has not reviewed itself against the eight principles of a whole-school approach yet.",
      href: `${base}/review`,
      linkText: "Start a whole-school review",
    },
  ];
}

/** One step for the accreditation: start, finish and submit, wait for the trust, or renew. */
export function accreditationSteps(
  a: HomeFacts["accreditation"],
  today: string | undefined,
  lead: boolean,
  base: string,
): NextStep[] {
  const href = `${base}/accreditation`;
  const step = (key: string, text: string, linkText: string): NextStep[] => [{ key, text, href, linkText }];
  if (!a)
    return lead
      ? step(
          "accreditation-start",
          "The school has not started its accreditation self-evaluation: rate each criterion of the six strands, with evidence, when you are ready.",
          "Start the self-evaluation",
        )
      : [];
  switch (a.status) {
    case "DRAFT":
      return step(
        "accreditation-draft",
        `The accreditation self-evaluation is under way: ${a.rated} of ${a.criteria} criteria rated.`,
        lead
          ? a.rated === a.criteria
            ? "Check it and submit it"
            : "Finish and submit it"
          : "See its progress",
      );
    case "SUBMITTED":
    case "IN_REVIEW":
      return step(
        "accreditation-review",
        a.status === "SUBMITTED"
          ? "The accreditation self-evaluation is submitted: the trust leader assigns a peer reviewer next."
          : "The accreditation self-evaluation is with its peer reviewer.",
        "See where it is",
      );
    case "REVIEWED":
    case "VISITED":
      return step(
        "accreditation-visit",
        a.status === "REVIEWED"
          ? "The peer review is done: the trust arranges the assessment visit next."
          : "The assessment visit is recorded: the trust's decision comes next.",
        "See where it is",
      );
    case "DECIDED": {
      if (!a.accredited)
        return lead
          ? step(
              "accreditation-again",
              "The trust's decision was not yet accredited: read its feedback, then start a new self-evaluation when ready.",
              "Read the feedback",
            )
          : [];
      if (!a.renewalDue || !today) return [];
      const expired = today > a.renewalDue;
      if (!expired && renewalStage(a.renewalDue, today) === null) return [];
      return step(
        "accreditation-renewal",
        expired
          ? `The school's accreditation lapsed on ${formatDate(a.renewalDue)}: start a new self-evaluation to renew it.`
          : `The school's accreditation is due for renewal on ${formatDate(a.renewalDue)}: start a new self-evaluation in good time.`,
        lead ? "Start the renewal" : "See the accreditation",
      );
    }
  }
}
