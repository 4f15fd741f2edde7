// Who may download the action plan and the review, on Postgres: the school's leaders, the reviewer a
// version was sent to, and nobody else; and the secret calendar address, which gives one school's
// due dates to whoever holds it until it is replaced or turned off, and nothing else.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { savePlan, submitPlan } from "@/lib/action-plan/queries";
import { acceptAsNewValidator } from "@/lib/action-plan/validators";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { feedCalendar, feedStatus, makeFeed, stopFeed } from "@/lib/exports/feeds";
import { planDownload, reviewerPlanPdf, reviewPdf, type DownloadFile } from "@/lib/exports/queries";
import { content, objective, planWorld } from "./support/action-plan-fixtures";
import { ownerDb } from "./support/fixtures";

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).kind;
};
const pdfText = async (file: DownloadFile) => {
  if (!("bytes" in file)) throw new Error(`${file.filename} is not a PDF`);
  const pdf = await getDocumentProxy(new Uint8Array(file.bytes));
  return (await extractText(pdf, { mergePages: true })).text;
};
const textOf = (file: DownloadFile) => ("text" in file ? file.text : "");
const tokenOf = (url: string) => /\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url)![1]!;

/** A school in a trust with a saved plan of one action whose title names the school. */
async function plannedWorld(title: string) {
  const w = await planWorld();
  const o = objective(w.staff[0]!.id);
  o.actions[0]!.title = title;
  await savePlan(w.lead, content(w.versionId, 0, [o]));
  return { ...w, title };
}

describe("downloads of the action plan", () => {
  it("gives the lead and the head the PDF, CSV and calendar of their own school's plan", async () => {
    const w = await plannedWorld("Alpha school's governor briefing");
    for (const ctx of [w.lead, w.head]) {
      const pdf = await planDownload(ctx, "pdf");
      expect(pdf.filename).toMatch(/^action-plan-school-.+-\d{4}-\d{2}-\d{2}\.pdf$/);
      expect(await pdfText(pdf)).toContain(w.title);
      const csv = await planDownload(ctx, "csv");
      expect(textOf(csv)).toContain(w.title);
      const ics = await planDownload(ctx, "ics");
      expect(textOf(ics)).toContain(`SUMMARY:${w.title.replace(/,/g, "\\,")}`);
    }
  });

  it("refuses staff, and another school's version named through one's own school", async () => {
    const a = await plannedWorld("Alpha action");
    const b = await plannedWorld("Beta action");
    expect(await refusal(planDownload(a.staff[0]!.ctx, "csv"))).toBe("forbidden");
    expect(await refusal(planDownload(a.lead, "pdf", { versionId: b.versionId }))).toBe("not_found");
    expect(await refusal(planDownload(a.lead, "csv", { versionId: b.versionId }))).toBe("not_found");
  });

  it("gives a school without a plan yet a document that says so, not an error", async () => {
    const w = await planWorld();
    await ownerDb().actionPlan.deleteMany({ where: { schoolId: w.school.id } });
    expect(await pdfText(await planDownload(w.head, "pdf"))).toMatch(/has not started the action plan/);
    expect(textOf(await planDownload(w.head, "csv")).split("\r\n")).toHaveLength(2);
  });

  it("gives the review's PDF to its leaders only", async () => {
    const w = await planWorld();
    expect(await pdfText(await reviewPdf(w.head))).toMatch(/No review has been agreed yet/);
    expect(await refusal(reviewPdf(w.staff[0]!.ctx))).toBe("forbidden");
  });
});

describe("the reviewer's PDF", () => {
  it("gives the trust leader a version sent to the trust, and nothing before or of another trust", async () => {
    const a = await plannedWorld("Alpha for the trust");
    const b = await planWorld();
    expect(await refusal(reviewerPlanPdf(a.trustScope, a.versionId))).toBe("not_found");
    await submitPlan(a.lead, { versionId: a.versionId, revision: 1, to: "trust" });
    const file = await reviewerPlanPdf(a.trustScope, a.versionId);
    const text = await pdfText(file);
    expect(text).toContain(a.title);
    // RAG rests on the school's own figures: not in a reviewer's copy.
    expect(text).not.toMatch(/RAG:/);
    expect(await refusal(reviewerPlanPdf(b.trustScope, a.versionId))).toBe("not_found");
  });

  it("gives an external validator the version sent to them, and no other school's", async () => {
    const a = await plannedWorld("Alpha for the validator");
    const b = await plannedWorld("Beta not sent");
    const sent = await submitPlan(a.lead, {
      versionId: a.versionId,
      revision: 1,
      to: "validator",
      validatorName: "Val Idator",
      validatorEmail: `val-${a.school.id}@provider.example`,
    });
    const token = sent.link!.link!.split("/validate/")[1]!;
    const { email } = await acceptAsNewValidator({
      token,
      name: "Val",
      password: "a long enough passphrase 42",
    });
    const person = await ownerDb().person.findFirstOrThrow({ where: { email } });
    expect(await pdfText(await reviewerPlanPdf({ personId: person.id }, a.versionId))).toContain(a.title);
    await submitPlan(b.lead, { versionId: b.versionId, revision: 1, to: "trust" });
    expect(await refusal(reviewerPlanPdf({ personId: person.id }, b.versionId))).toBe("not_found");
  });
});

describe("the calendar address", () => {
  it("gives only its own school's due dates, until it is replaced or turned off", async () => {
    const a = await plannedWorld("Alpha due date");
    const b = await plannedWorld("Beta due date");
    expect(await feedStatus(a.lead)).toBeNull();
    const first = tokenOf((await makeFeed(a.lead)).url);
    const mine = await feedCalendar(first);
    expect(mine).toContain("SUMMARY:Alpha due date");
    expect(mine).not.toContain("Beta due date");
    const theirs = await feedCalendar(tokenOf((await makeFeed(b.head)).url));
    expect(theirs).toContain("SUMMARY:Beta due date");
    expect(theirs).not.toContain("Alpha");
    expect(await feedStatus(a.lead)).not.toBeNull();

    // Wrong tokens: none, malformed, or one letter off.
    expect(await feedCalendar("")).toBeNull();
    expect(await feedCalendar("../../etc")).toBeNull();
    expect(await feedCalendar(`${first.slice(0, -1)}${first.endsWith("A") ? "B" : "A"}`)).toBeNull();

    const second = tokenOf((await makeFeed(a.lead)).url);
    expect(await feedCalendar(first)).toBeNull();
    expect(await feedCalendar(second)).toContain("Alpha due date");
    expect(await stopFeed(a.lead)).toEqual({ stopped: true });
    expect(await feedCalendar(second)).toBeNull();
    expect(await feedStatus(a.lead)).toBeNull();
  });

  it("stops when the person leaves the school or may no longer see the plan", async () => {
    const w = await plannedWorld("Gamma due date");
    const lead = tokenOf((await makeFeed(w.lead)).url);
    const head = tokenOf((await makeFeed(w.head)).url);
    await ownerDb().membership.updateMany({
      where: { personId: w.lead.personId, schoolId: w.school.id },
      data: { role: "STAFF" },
    });
    expect(await feedCalendar(lead)).toBeNull();
    await ownerDb().membership.deleteMany({ where: { personId: w.head.personId, schoolId: w.school.id } });
    expect(await feedCalendar(head)).toBeNull();
  });

  it("is stored only as a hash, and another person's or school's row cannot be read or removed", async () => {
    const w = await plannedWorld("Delta due date");
    const token = tokenOf((await makeFeed(w.lead)).url);
    const rows = await ownerDb().actionPlanFeed.findMany({ where: { schoolId: w.school.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    // The head, in the same school, sees no row of the lead's; nor does the school scope alone.
    await withScope({ personId: w.head.personId, schoolId: w.school.id }, async (tx) => {
      expect(await tx.actionPlanFeed.findMany()).toEqual([]);
      expect((await tx.actionPlanFeed.deleteMany({})).count).toBe(0);
    });
    await withScope({ schoolId: w.school.id }, async (tx) => {
      expect(await tx.actionPlanFeed.findMany()).toEqual([]);
    });
    expect(await stopFeed(w.head)).toEqual({ stopped: false });
    expect(await feedCalendar(token)).toContain("Delta due date");
  });
});
