import { describe, expect, it } from "vitest";
import { nextSteps, type Abilities, type HomeFacts, type HomeRound } from "@/lib/home/next-steps";

const LEAD: Abilities = { manageRounds: true, managePlans: true, approvePlans: false, manageRecords: true };
const HEAD: Abilities = { manageRounds: false, managePlans: false, approvePlans: true, manageRecords: false };
const round = (over: Partial<HomeRound>): HomeRound => ({
  id: "r1",
  title: "Autumn",
  status: "OPEN",
  opensAt: new Date("2026-11-01T09:00:00Z"),
  closesAt: new Date("2026-12-04T23:59:59Z"),
  asked: 40,
  submitted: 10,
  hasPlan: false,
  ...over,
});
const none: HomeFacts = { rounds: [], plans: [], expiring: { count: 0, soonest: null } };

describe("next steps on a leader's home", () => {
  it("says how an open round is going, in words, with a link to it", () => {
    const [step] = nextSteps({ ...none, rounds: [round({})] }, LEAD, "/schools/s", 60);
    expect(step).toEqual({
      key: "round-r1",
      text: "“Autumn” is open: 10 of 40 staff have submitted (25%). It closes on Friday 4 December 2026.",
      href: "/schools/s/rounds/r1",
      linkText: "See who has not finished and send a reminder",
    });
  });

  it("asks the head to approve a draft plan, and tells the lead it is waiting", () => {
    const facts: HomeFacts = {
      ...none,
      plans: [{ id: "p1", title: "2026 plan", status: "DRAFT", versionNumber: 2 }],
    };
    expect(nextSteps(facts, HEAD, "/s", 60)).toEqual([
      expect.objectContaining({
        text: "The training plan “2026 plan” (version 2) is waiting for your approval.",
        href: "/s/plans/p1",
      }),
    ]);
    expect(nextSteps(facts, LEAD, "/s", 60)[0]!.text).toMatch(/headteacher has not approved it yet/);
    // An approved plan needs nothing.
    expect(
      nextSteps(
        { ...none, plans: [{ id: "p1", title: "x", status: "APPROVED", versionNumber: 1 }] },
        HEAD,
        "/s",
        60,
      ),
    ).toEqual([]);
  });

  it("suggests a plan from the newest closed round with answers that has none", () => {
    const facts = {
      ...none,
      rounds: [round({ id: "new", status: "CLOSED", submitted: 30 }), round({ id: "old", status: "CLOSED" })],
    };
    expect(nextSteps(facts, LEAD, "/s", 60)).toEqual([
      expect.objectContaining({ key: "plan-from-new", linkText: "Make a training plan", href: "/s/plans" }),
    ]);
    expect(
      nextSteps({ ...none, rounds: [round({ status: "CLOSED", hasPlan: true })] }, LEAD, "/s", 60),
    ).toEqual([]);
  });

  it("counts training that expires soon, with the first date", () => {
    const [step] = nextSteps({ ...none, expiring: { count: 3, soonest: "2026-12-20" } }, LEAD, "/s", 60);
    expect(step!.text).toBe("3 training records expire in the next 60 days, the first on 20 December 2026.");
    expect(step!.href).toBe("/s/records");
  });

  it("points a lead with no rounds at the first one, and a head at nothing", () => {
    expect(nextSteps(none, LEAD, "/s", 60).map((s) => s.key)).toEqual(["first-round"]);
    expect(nextSteps(none, HEAD, "/s", 60)).toEqual([]);
  });

  it("asks the lead, and only the lead, to assess their own development when it is due", () => {
    const lead = { ...LEAD, developSelf: true };
    const never = { ...none, ownDevelopment: { lastOn: null, due: true } };
    expect(nextSteps(never, lead, "/s", 60)[0]).toEqual({
      key: "own-development",
      text: "You have not assessed your own development as senior mental health lead yet: your gaps become your own training needs in the plans you make.",
      href: "/s/my-development",
      linkText: "Assess your own development",
    });
    const old = { ...none, ownDevelopment: { lastOn: "2026-06-01", due: true } };
    expect(nextSteps(old, lead, "/s", 60)[0]!.text).toBe(
      "You last assessed your own development as senior mental health lead on 1 June 2026: it is time to look again.",
    );
    const recent = { ...none, ownDevelopment: { lastOn: "2026-11-01", due: false } };
    expect(nextSteps(recent, lead, "/s", 60).map((s) => s.key)).toEqual(["first-round"]);
    expect(nextSteps(never, HEAD, "/s", 60)).toEqual([]);
  });
});

describe("the whole-school review on the lead's home", () => {
  const lead = {
    manageRounds: true,
    managePlans: true,
    approvePlans: false,
    manageRecords: true,
    manageReview: true,
  };
  const base = { rounds: [], plans: [], expiring: { count: 0, soonest: null } };
  const keys = (review: NonNullable<HomeFacts["review"]>, can: Abilities = lead) =>
    nextSteps({ ...base, review }, can, "/s", 60).map((s) => `${s.key} ${s.href}`);

  it("points to agreeing an open review, else to starting one when one is due", () => {
    expect(keys({ openId: "r1", lastAgreedAt: null, due: true })).toContain("review-open /s/review/r1/agree");
    expect(keys({ openId: null, lastAgreedAt: null, due: true })).toContain("review-due /s/review");
    expect(
      keys({ openId: null, lastAgreedAt: new Date(), due: false }).some((k) => k.startsWith("review")),
    ).toBe(false);
  });

  it("says nothing about reviews to anyone who cannot run one", () => {
    const head = { ...lead, manageReview: false };
    expect(
      keys({ openId: "r1", lastAgreedAt: null, due: true }, head).some((k) => k.startsWith("review")),
    ).toBe(false);
  });
});

describe("next steps of a lead handover", () => {
  it("tells a new lead how many actions were handed over, linking to the plan to confirm them", () => {
    const steps = nextSteps({ ...none, handedOver: 3 }, { ...LEAD, manageActionPlan: true }, "/s", 60);
    expect(steps).toContainEqual({
      key: "handed-over",
      text: "3 open actions were handed over to you when you became the senior mental health lead.",
      href: "/s/action-plan",
      linkText: "Check and confirm them",
    });
    expect(
      nextSteps({ ...none, handedOver: 0 }, { ...LEAD, manageActionPlan: true }, "/s", 60),
    ).not.toContainEqual(expect.objectContaining({ key: "handed-over" }));
  });

  it("offers the head the appointment of a new lead, and no one else", () => {
    expect(nextSteps(none, { ...HEAD, appointLead: true }, "/s", 60)).toContainEqual(
      expect.objectContaining({
        key: "appoint-lead",
        href: "/s/people/lead",
        linkText: "Appoint a new lead",
      }),
    );
    expect(nextSteps(none, LEAD, "/s", 60)).not.toContainEqual(
      expect.objectContaining({ key: "appoint-lead" }),
    );
  });
});

describe("the accreditation on the lead's and head's home", () => {
  const lead = { ...LEAD, viewAccreditation: true, selfEvaluate: true };
  const head = { ...HEAD, viewAccreditation: true };
  const sub = (over: Partial<NonNullable<HomeFacts["accreditation"]>>) => ({
    id: "a1",
    status: "DRAFT" as const,
    rated: 10,
    criteria: 24,
    accredited: false,
    renewalDue: null,
    ...over,
  });
  const keys = (facts: Partial<HomeFacts>, can: Abilities) =>
    nextSteps({ ...none, today: "2026-12-04", ...facts }, can, "/s", 60)
      .filter((s) => s.key.startsWith("accreditation"))
      .map((s) => `${s.key}: ${s.linkText}`);

  it("asks the lead to start, then to finish and submit; tells the head how far it has got", () => {
    expect(keys({ accreditation: null }, lead)).toEqual(["accreditation-start: Start the self-evaluation"]);
    expect(keys({ accreditation: null }, head)).toEqual([]);
    expect(keys({ accreditation: sub({}) }, lead)).toEqual(["accreditation-draft: Finish and submit it"]);
    expect(keys({ accreditation: sub({ rated: 24 }) }, lead)).toEqual([
      "accreditation-draft: Check it and submit it",
    ]);
    expect(keys({ accreditation: sub({}) }, head)).toEqual(["accreditation-draft: See its progress"]);
    const [draft] = nextSteps({ ...none, accreditation: sub({}) }, lead, "/s", 60);
    expect(draft).toMatchObject({
      text: expect.stringContaining("10 of 24 criteria rated"),
      href: "/s/accreditation",
    });
  });

  it("says it waits for peer review, the visit or the decision", () => {
    for (const status of ["SUBMITTED", "IN_REVIEW"] as const)
      expect(keys({ accreditation: sub({ status }) }, head)).toEqual([
        "accreditation-review: See where it is",
      ]);
    for (const status of ["REVIEWED", "VISITED"] as const)
      expect(keys({ accreditation: sub({ status }) }, lead)).toEqual([
        "accreditation-visit: See where it is",
      ]);
  });

  it("says when renewal is due (from 180 days before), and when it has lapsed", () => {
    const decided = (renewalDue: string) => sub({ status: "DECIDED", accredited: true, renewalDue });
    expect(keys({ accreditation: decided("2027-12-04") }, lead)).toEqual([]);
    expect(keys({ accreditation: decided("2027-06-01") }, lead)).toEqual([
      "accreditation-renewal: Start the renewal",
    ]);
    const [lapsed] = nextSteps(
      { ...none, today: "2026-12-04", accreditation: decided("2026-12-01") },
      head,
      "/s",
      60,
    );
    expect(lapsed!.text).toBe(
      "The school's accreditation lapsed on 1 December 2026: start a new self-evaluation to renew it.",
    );
    expect(keys({ accreditation: sub({ status: "DECIDED" }) }, lead)).toEqual([
      "accreditation-again: Read the feedback",
    ]);
  });
});

describe("a round's summary for the local authority", () => {
  const facts: HomeFacts = {
    ...none,
    unsentReturn: { roundId: "r9", title: "Spring", authorityName: "Riverside Council" },
  };

  it("asks whoever may send it, with a link to the returns page", () => {
    const step = nextSteps(facts, { ...LEAD, submitReturns: true }, "/s", 60).find(
      (x) => x.key === "return-r9",
    );
    expect(step).toEqual(
      expect.objectContaining({ href: "/s/returns", linkText: "Check and send the summary" }),
    );
    expect(step?.text).toContain("Riverside Council");
  });

  it("says nothing to someone who may not send it, or when nothing is waiting", () => {
    expect(nextSteps(facts, LEAD, "/s", 60).some((x) => x.key.startsWith("return-"))).toBe(false);
    const sent = { ...facts, unsentReturn: null };
    expect(
      nextSteps(sent, { ...LEAD, submitReturns: true }, "/s", 60).some((x) => x.key.startsWith("return-")),
    ).toBe(false);
  });
});
