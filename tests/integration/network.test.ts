// The network of schools (decision 0030): publishing with the contact's agreement, who sees what
// across trusts and the opt-in, row-level security from the app role, and questions both ways.
import { beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { caseStudyFor, questionsFor, searchLibrary } from "@/lib/network/queries";
import {
  askContact,
  askQuestion,
  decideConsent,
  publishCaseStudy,
  replyToQuestion,
  saveCaseStudy,
  setNetworkOptIn,
  withdrawCaseStudy,
} from "@/lib/network/store";
import { makeTrust, ownerDb } from "./support/fixtures";
import {
  caseStudyForm,
  networkSchool,
  publishedCaseStudy,
  type NetworkSchool,
} from "./support/network-fixtures";

const everything = { q: "" };
const ids = async (s: NetworkSchool) => (await searchLibrary(s.lead, everything)).map((e) => e.id);

describe("publishing a case study", () => {
  let a: NetworkSchool;
  beforeAll(async () => {
    a = await networkSchool();
  });

  it("needs the named contact's agreement, asked in Harbour, before it is published", async () => {
    const { id } = await saveCaseStudy(a.lead, caseStudyForm(a.contact.personId));
    await expect(publishCaseStudy(a.lead, id)).rejects.toThrow(/must agree/);
    await askContact(a.lead, id);
    const notice = await ownerDb().notification.findFirstOrThrow({
      where: { personId: a.contact.personId, caseStudyId: id },
    });
    expect(notice.message).toMatch(/named contact.*agree or decline/);
    await expect(publishCaseStudy(a.lead, id)).rejects.toThrow(/must agree/);
    // Only the contact answers: a lead who is not the contact is told it is not there.
    await expect(decideConsent(a.lead, id, "agree")).rejects.toThrow(/not found/);
    await decideConsent(a.contact, id, "agree");
    await publishCaseStudy(a.lead, id);
    const row = await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PUBLISHED" });
    expect(row.agreedAt).not.toBeNull();
    expect(
      await ownerDb().notification.count({ where: { personId: a.lead.personId, caseStudyId: id } }),
    ).toBe(1);
  });

  it("goes back to draft when the contact declines, and cannot be published then", async () => {
    const { id } = await saveCaseStudy(a.lead, caseStudyForm(a.contact.personId));
    await askContact(a.lead, id);
    await decideConsent(a.contact, id, "decline");
    expect(await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT" });
    await expect(publishCaseStudy(a.lead, id)).rejects.toThrow(/must agree/);
  });

  it("is not changed once published (underneath the app too); withdrawn, it becomes a draft again when edited", async () => {
    const id = await publishedCaseStudy(a);
    await expect(
      saveCaseStudy(a.lead, caseStudyForm(a.contact.personId, { caseStudyId: id, title: "Changed" })),
    ).rejects.toThrow(/Withdraw it first/);
    await expect(
      withScope({ personId: a.lead.personId, schoolId: a.id }, (tx) =>
        tx.caseStudy.update({ where: { id }, data: { title: "Changed underneath" } }),
      ),
    ).rejects.toThrow(/only a draft case study is edited/);
    await withdrawCaseStudy(a.lead, id);
    await saveCaseStudy(a.lead, caseStudyForm(a.contact.personId, { caseStudyId: id, title: "Changed" }));
    expect(await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      title: "Changed",
      agreedAt: null,
    });
  });

  it("refuses a contact from another school and a database row that skips the agreement", async () => {
    const b = await networkSchool();
    await expect(saveCaseStudy(a.lead, caseStudyForm(b.contact.personId))).rejects.toThrow(
      /highlighted fields/,
    );
    const { id } = await saveCaseStudy(a.lead, caseStudyForm(a.contact.personId));
    await expect(
      withScope({ personId: a.lead.personId, schoolId: a.id }, (tx) =>
        tx.caseStudy.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } }),
      ),
    ).rejects.toThrow(/CaseStudy_contact_agreed/);
  });
});

describe("who sees a published case study", () => {
  const w = {} as Record<"a" | "sameTrust" | "optedIn" | "notOptedIn" | "noTrust", NetworkSchool>;
  let published: string;
  let draft: string;
  beforeAll(async () => {
    const t = await makeTrust();
    const other = await makeTrust();
    w.a = await networkSchool({ trustId: t.id, optIn: true });
    w.sameTrust = await networkSchool({ trustId: t.id });
    w.optedIn = await networkSchool({ trustId: other.id, optIn: true });
    w.notOptedIn = await networkSchool({ trustId: other.id });
    w.noTrust = await networkSchool({ optIn: true });
    published = await publishedCaseStudy(w.a);
    ({ id: draft } = await saveCaseStudy(w.a.lead, caseStudyForm(w.a.contact.personId)));
  });

  it("the same trust always, other schools when both opted in, nobody else; drafts never", async () => {
    expect(await ids(w.a)).toContain(published);
    expect(await ids(w.sameTrust)).toContain(published);
    expect(await ids(w.optedIn)).toContain(published);
    expect(await ids(w.noTrust)).toContain(published);
    expect(await ids(w.notOptedIn)).not.toContain(published);
    for (const s of Object.values(w)) expect(await ids(s)).not.toContain(draft);
    await expect(caseStudyFor(w.notOptedIn.lead, published)).rejects.toThrow(/not found/);
    await expect(caseStudyFor(w.sameTrust.lead, draft)).rejects.toThrow(/not found/);
    // Staff read no other school's case studies, even visible ones.
    await expect(caseStudyFor(w.optedIn.staff, published)).rejects.toThrow(/not found/);
  });

  it("stops crossing trusts when the publishing school opts out, and stops everywhere when withdrawn", async () => {
    await setNetworkOptIn(w.a.lead, false);
    expect(await ids(w.optedIn)).not.toContain(published);
    expect(await ids(w.sameTrust)).toContain(published);
    await setNetworkOptIn(w.a.lead, true);
    expect(await ids(w.optedIn)).toContain(published);
    const second = await publishedCaseStudy(w.a);
    await withdrawCaseStudy(w.a.lead, second);
    expect(await ids(w.sameTrust)).not.toContain(second);
  });

  it("holds underneath the app: the app role reads, changes and writes nothing of another school", async () => {
    const scope = (s: NetworkSchool) => ({ personId: s.lead.personId, schoolId: s.id });
    await withScope(scope(w.notOptedIn), async (tx) => {
      expect(await tx.caseStudy.findMany({ where: { schoolId: w.a.id } })).toEqual([]);
    });
    await withScope(scope(w.sameTrust), async (tx) => {
      const seen = await tx.caseStudy.findMany({ where: { schoolId: w.a.id }, select: { status: true } });
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen.map((s) => s.status))).toEqual(new Set(["PUBLISHED"]));
      const changed = await tx.caseStudy.updateMany({
        where: { id: published },
        data: { status: "WITHDRAWN" },
      });
      expect(changed.count).toBe(0);
      expect((await tx.caseStudy.deleteMany({ where: { id: draft } })).count).toBe(0);
    });
    await expect(
      withScope(scope(w.sameTrust), (tx) =>
        tx.caseStudy.create({
          data: {
            ...caseStudyForm(""),
            contactId: null,
            caseStudyId: undefined,
            schoolId: w.a.id,
            createdById: w.sameTrust.lead.personId,
          } as never,
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // A question about a case study this school cannot see is refused by the policy itself.
    await expect(
      withScope(scope(w.notOptedIn), (tx) =>
        tx.caseStudyQuestion.create({
          data: {
            caseStudyId: published,
            schoolId: w.a.id,
            askerSchoolId: w.notOptedIn.id,
            askerId: w.notOptedIn.lead.personId,
            askerName: "x",
            askerSchoolName: "x",
            body: "Sneaky?",
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerDb().caseStudy.findUniqueOrThrow({ where: { id: published } })).toMatchObject({
      status: "PUBLISHED",
    });
  });

  it("searches the words in English, and filters by principle and phase", async () => {
    const found = async (q: string, extra = {}) =>
      (await searchLibrary(w.optedIn.lead, { q, ...extra })).map((e) => e.id);
    expect(await found("listening bench")).toContain(published); // "benches" stems to "bench"
    expect(await found("mentors -benches")).not.toContain(published);
    expect(await found("governors budget")).not.toContain(published);
    expect(await found("", { principle: "student-voice" })).toContain(published);
    expect(await found("", { principle: "leadership" })).not.toContain(published);
    expect(await found("", { phase: "PRIMARY" })).toContain(published);
    expect(await found("", { phase: "SECONDARY" })).not.toContain(published);
  });
});

describe("questions between schools", () => {
  let a: NetworkSchool, c: NetworkSchool, third: NetworkSchool;
  let study: string;
  beforeAll(async () => {
    a = await networkSchool({ optIn: true, name: "Alder Primary" });
    c = await networkSchool({ optIn: true, name: "Cedar Academy" });
    third = await networkSchool({ optIn: true });
    study = await publishedCaseStudy(a);
  });

  it("go to the publishing school's contact and leads, and the reply back to the asker", async () => {
    const { id } = await askQuestion(c.lead, { caseStudyId: study, body: "How did you choose the mentors?" });
    const toA = await ownerDb().notification.findMany({ where: { schoolId: a.id, caseStudyId: study } });
    const asked = toA.filter((n) => n.message.includes("asked a question"));
    expect(new Set(asked.map((n) => n.personId))).toEqual(new Set([a.contact.personId, a.lead.personId]));
    expect(asked[0]!.message).toBe(`Cedar Academy asked a question about "Lunchtime listening benches".`);

    // The asking school sees its own question; a third school does not.
    expect((await questionsFor(c.lead, study)).map((q) => q.id)).toEqual([id]);
    expect(await questionsFor(third.lead, study)).toEqual([]);
    // The publishing school's other staff cannot reply; its contact can, once.
    await expect(replyToQuestion(a.staff, { questionId: id, reply: "Me" })).rejects.toThrow(/Only the/);
    await expect(replyToQuestion(c.lead, { questionId: id, reply: "Me" })).rejects.toThrow(/not found/);
    await replyToQuestion(a.contact, { questionId: id, reply: "Volunteers, then a short interview." });
    await expect(replyToQuestion(a.lead, { questionId: id, reply: "Again" })).rejects.toThrow(/already/);

    const [read] = await questionsFor(c.lead, study);
    expect(read).toMatchObject({
      reply: "Volunteers, then a short interview.",
      askerSchoolName: "Cedar Academy",
    });
    const toC = await ownerDb().notification.findMany({ where: { schoolId: c.id, caseStudyId: study } });
    expect(toC.map((n) => [n.personId, n.message])).toEqual([
      [c.lead.personId, `Alder Primary replied to your question about "Lunchtime listening benches".`],
    ]);
    // The asker's notification is readable by them in their school, through the app role.
    const mine = await withScope({ personId: c.lead.personId, schoolId: c.id }, (tx) =>
      tx.notification.findMany({ where: { caseStudyId: study } }),
    );
    expect(mine).toHaveLength(1);
  });

  it("cannot be asked of one's own school, of an unseen school, or with a reply already in it", async () => {
    await expect(askQuestion(a.lead, { caseStudyId: study, body: "Us?" })).rejects.toThrow(/own school/);
    const closed = await networkSchool();
    await expect(askQuestion(closed.lead, { caseStudyId: study, body: "Hello?" })).rejects.toThrow(
      /not found/,
    );
    await expect(
      withScope({ personId: c.lead.personId, schoolId: c.id }, (tx) =>
        tx.caseStudyQuestion.create({
          data: {
            caseStudyId: study,
            schoolId: a.id,
            askerSchoolId: c.id,
            askerId: c.lead.personId,
            askerName: "x",
            askerSchoolName: "x",
            body: "Pre-answered",
            reply: "Yes",
            repliedById: a.lead.personId,
            repliedAt: new Date(),
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("shows names, never an email address, to another school", async () => {
    await askQuestion(c.lead, { caseStudyId: study, body: "Anything else?" });
    const payload = JSON.stringify([
      await searchLibrary(c.lead, everything),
      await caseStudyFor(c.lead, study),
      await questionsFor(c.lead, study),
      await questionsFor(a.lead, study),
    ]);
    expect(payload).not.toContain("@");
    expect(payload).toContain("Alder Primary");
  });
});

describe("publishing on behalf of another school", () => {
  it("is not found, and nothing is written", async () => {
    const t = await makeTrust();
    const a = await networkSchool({ trustId: t.id });
    const b = await networkSchool({ trustId: t.id });
    const { id } = await saveCaseStudy(b.lead, caseStudyForm(b.contact.personId));
    await askContact(b.lead, id);
    await decideConsent(b.contact, id, "agree");
    const before = await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } });
    await expect(publishCaseStudy(a.lead, id)).rejects.toThrow(/not found/);
    await expect(withdrawCaseStudy(a.lead, id)).rejects.toThrow(/not found/);
    await expect(askContact(a.lead, id)).rejects.toThrow(/not found/);
    await expect(
      saveCaseStudy(a.lead, caseStudyForm(a.contact.personId, { caseStudyId: id, title: "Ours now" })),
    ).rejects.toThrow(/not found/);
    expect(await ownerDb().caseStudy.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await ownerDb().auditEvent.count({ where: { targetId: id, schoolId: a.id } })).toBe(0);
  });
});
