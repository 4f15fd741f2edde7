// Decision 0045: a CONFIDENTIAL response cannot be linked to its person from the database alone.
// One school fills a CONFIDENTIAL round through the app; a pg_dump of the whole database is then
// searched for anything that ties a Response or Answer row to a Person. A twin school answers the
// same ratings in the old, linked form: the published figures must be identical.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswersFast } from "@/lib/assessment/fast-save";
import { saveAnswers, saveTraining, startOrResume, submitResponse } from "@/lib/assessment/queries";
import { trainingSchema } from "@/lib/assessment/rules";
import { gapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { runPseudonymise } from "@/lib/privacy/pseudonymise";
import { getRoundProgress } from "@/lib/rounds/progress";
import { requiredTier } from "@/lib/tiers";
import { ownerDb } from "./support/fixtures";
import { closeYesterday, ensureCatalogue, schoolWithRound } from "./support/plan-fixtures";

const STORY: JobRole[] = [
  ...Array<JobRole>(4).fill("TEACHER"),
  ...Array<JobRole>(3).fill("FORM_TUTOR"),
  "DSL",
];
const rating = (p: number, c: number) => (p * 3 + c) % 5;
const comment = (p: number) => `Only person ${p} would say this`;
const wellbeing = (p: number) => ({ feelSupported: (p % 5) + 1, manageableWorkload: ((p + 2) % 5) + 1 });
const DRAFT = STORY.length - 1; // the last person starts but does not submit

type World = Awaited<ReturnType<typeof schoolWithRound>>;
const inScope = (w: World, jobRole: JobRole) =>
  w.competencies.map((c, i) => ({ ...c, i })).filter((c) => c.tier <= requiredTier(jobRole));

/** Everyone answers through the app (the fast autosave path for the person left in draft). */
async function answerThroughApp(w: World) {
  for (const [p, person] of w.staff.entries()) {
    const view = await startOrResume(person.ctx, w.round.id);
    const answers = inScope(w, person.jobRole).map((c) => ({
      competencyCode: c.code,
      rating: rating(p, c.i),
      comment: c.i === 0 ? comment(p) : undefined,
    }));
    const input = { roundId: w.round.id, frameworkVersionId: view.frameworkVersionId, answers };
    if (p === DRAFT) {
      const saved = await saveAnswersFast(
        { personId: person.id, sessionVersion: 0, via: "password" },
        w.school.id,
        input,
      );
      expect(saved.ok).toBe(true);
      continue;
    }
    await saveAnswers(person.ctx, input);
    await saveTraining(
      person.ctx,
      trainingSchema.parse({
        roundId: w.round.id,
        frameworkVersionId: view.frameworkVersionId,
        wellbeing: wellbeing(p),
      }),
    );
    await submitResponse(person.ctx, {
      roundId: w.round.id,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: `submit-${p}-${w.round.id}`,
    });
  }
}

/** The same answers written as responses were before decision 0045: each naming its person. */
async function answerLinked(w: World) {
  for (const [p, person] of w.staff.entries()) {
    const created = await ownerDb().response.create({
      data: {
        roundId: w.round.id,
        schoolId: w.school.id,
        personId: person.id,
        frameworkVersionId: w.round.frameworkVersionId,
        jobRole: person.jobRole,
        requiredTier: requiredTier(person.jobRole),
        wellbeing: p === DRAFT ? undefined : wellbeing(p),
        answers: {
          create: inScope(w, person.jobRole).map((c) => ({
            schoolId: w.school.id,
            competencyCode: c.code,
            rating: rating(p, c.i),
            comment: c.i === 0 ? comment(p) : null,
          })),
        },
      },
    });
    if (p !== DRAFT)
      await ownerDb().response.update({
        where: { id: created.id },
        data: { status: "SUBMITTED", submittedAt: new Date() },
      });
  }
}

type Table = { columns: string[]; rows: string[][] };

/** Every table's rows as pg_dump writes them (COPY text format: tab-separated, \N for null). */
function dump(): Map<string, Table> {
  const text = execFileSync("pg_dump", ["--data-only", "--no-owner", process.env.MIGRATION_DATABASE_URL!], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const tables = new Map<string, Table>();
  let current: Table | null = null;
  for (const line of text.split("\n")) {
    const copy = /^COPY public\."?([^" ]+)"? \((.*)\) FROM stdin;$/.exec(line);
    if (copy) {
      current = { columns: copy[2]!.split(", ").map((c) => c.replace(/"/g, "")), rows: [] };
      tables.set(copy[1]!, current);
    } else if (line === "\\.") current = null;
    else if (current) current.rows.push(line.split("\t"));
  }
  return tables;
}

const col = (t: Table, name: string) => t.columns.indexOf(name);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MIDNIGHT = /^\d{4}-\d\d-\d\d 00:00:00(\.0+)?$/;

describe("CONFIDENTIAL responses under a keyed pseudonym", () => {
  let pseudonymous: World;
  let linked: World;

  beforeAll(async () => {
    await ensureCatalogue();
    pseudonymous = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    linked = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await answerThroughApp(pseudonymous);
    await answerLinked(linked);
  }, 120_000);

  it("a database dump links no response or answer to a person", () => {
    const tables = dump();
    const responses = tables.get("Response")!;
    const answers = tables.get("Answer")!;
    const participation = tables.get("Participation")!;
    const ours = responses.rows.filter((r) => r[col(responses, "roundId")] === pseudonymous.round.id);
    expect(ours).toHaveLength(STORY.length);
    const responseIds = new Set(ours.map((r) => r[col(responses, "id")]!));
    const pseudonyms = new Set(ours.map((r) => r[col(responses, "pseudonym")]!));
    const people = pseudonymous.staff.flatMap((s) => [s.id, s.email]);

    for (const r of ours) {
      expect(r[col(responses, "personId")]).toBe("\\N");
      expect(r[col(responses, "pseudonym")]).not.toBe("\\N");
      // A random id carries no time or order; the times keep only the date.
      expect(r[col(responses, "id")]).toMatch(UUID);
      for (const t of ["createdAt", "updatedAt"]) expect(r[col(responses, t)]).toMatch(MIDNIGHT);
      const submitted = r[col(responses, "submittedAt")]!;
      if (submitted !== "\\N") expect(submitted).toMatch(MIDNIGHT);
    }
    const ourAnswers = answers.rows.filter((a) => responseIds.has(a[col(answers, "responseId")]!));
    expect(ourAnswers.length).toBeGreaterThan(0);
    for (const a of ourAnswers) {
      expect(a[col(answers, "id")]).toMatch(UUID);
      expect(a[col(answers, "updatedAt")]).toMatch(MIDNIGHT);
    }

    // No row of any table holds both a response's id or pseudonym and a person's id or email.
    for (const [name, table] of tables)
      for (const row of table.rows) {
        if (!row.some((v) => responseIds.has(v) || pseudonyms.has(v))) continue;
        const joined = row.join("\t");
        for (const who of people)
          expect(joined.includes(who), `${name} links a response to ${who}`).toBe(false);
      }

    // Participation says who took part and nothing that joins it to a response: no response id,
    // no pseudonym, no time at all.
    expect([...participation.columns].sort()).toEqual(
      ["id", "jobRole", "personId", "requiredTier", "roundId", "schoolId", "status"].sort(),
    );
    const taking = participation.rows.filter(
      (p) => p[col(participation, "roundId")] === pseudonymous.round.id,
    );
    expect(taking).toHaveLength(STORY.length);
    for (const p of taking) {
      expect(p[col(participation, "id")]).toMatch(UUID);
      expect(p.some((v) => responseIds.has(v) || pseudonyms.has(v))).toBe(false);
    }
    // Nor does the audit log name a response.
    const audit = tables.get("AuditEvent")!;
    expect(audit.rows.some((row) => row.some((v) => [...responseIds].some((id) => v.includes(id))))).toBe(
      false,
    );
  });

  it("the person's own session still resumes their draft and reads their submitted answers", async () => {
    const w = pseudonymous;
    const draft = w.staff[DRAFT]!;
    const view = await startOrResume(draft.ctx, w.round.id);
    expect(view.status).toBe("IN_PROGRESS");
    const expected = Object.fromEntries(
      inScope(w, draft.jobRole).map((c) => [
        c.code,
        { rating: rating(DRAFT, c.i), comment: c.i === 0 ? comment(DRAFT) : null },
      ]),
    );
    expect(view.answers).toEqual(expected);
    const done = await startOrResume(w.staff[0]!.ctx, w.round.id);
    expect(done.status).toBe("SUBMITTED");
    expect(done.training.wellbeing).toEqual(wellbeing(0));
  });

  it("progress and the gap report publish exactly what the linked form does", async () => {
    const progressOf = async (w: World) => (await getRoundProgress(w.lead, w.round.id)).progress;
    expect(await progressOf(pseudonymous)).toEqual(await progressOf(linked));
    await closeYesterday(pseudonymous.round.id);
    await closeYesterday(linked.round.id);
    const reportOf = async (w: World) => {
      const r = await gapReport(w.lead, w.round.id);
      return { respondents: r.respondents, publication: r.publication, answers: r.answers };
    };
    const a = await reportOf(pseudonymous);
    expect(a.respondents).toBe(STORY.length - 1);
    expect(a.publication).not.toBeNull();
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(await reportOf(linked))));
  });

  it("responses from before pseudonyms get one from the job, keeping the person's own view and the figures", async () => {
    const w = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await answerLinked(w);
    const before = (await getRoundProgress(w.lead, w.round.id)).progress;
    const draftBefore = await startOrResume(w.staff[DRAFT]!.ctx, w.round.id);
    // startOrResume above already pseudonymised the draft person's own response on first use.
    expect(await runPseudonymise([w.school.id])).toBe(STORY.length - 1);
    expect(await runPseudonymise([w.school.id])).toBe(0);
    const rows = await ownerDb().response.findMany({ where: { roundId: w.round.id } });
    expect(rows.every((r) => r.personId === null && r.pseudonym !== null)).toBe(true);
    expect(rows.every((r) => r.updatedAt.getUTCHours() === 0 && r.updatedAt.getUTCMinutes() === 0)).toBe(
      true,
    );
    expect((await getRoundProgress(w.lead, w.round.id)).progress).toEqual(before);
    expect((await startOrResume(w.staff[DRAFT]!.ctx, w.round.id)).answers).toEqual(draftBefore.answers);
    expect((await startOrResume(w.staff[0]!.ctx, w.round.id)).status).toBe("SUBMITTED");
  });
});
