import { describe, expect, it } from "vitest";
import { exportResponses, importResponses } from "@/lib/assessment/csv-queries";
import type { UserError } from "@/lib/errors";
import { getFramework } from "@/lib/framework/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { removeMembership } from "@/lib/people/queries";
import { closeRound } from "@/lib/rounds/queries";
import { openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

// Exports end every line, the last one too, with CRLF.
const linesOf = (text: string) => text.replace(/\r\n$/, "").split("\r\n");

describe("CSV import and export", () => {
  async function setUp(mode: "NAMED" | "CONFIDENTIAL" = "NAMED", roles: JobRole[] = ["TEACHER", "TEACHER"]) {
    const s = await schoolWithStaff(roles);
    const round = await openTestRound(s.lead, { mode });
    const tier1 = (await getFramework(s.lead)).content.competencies
      .filter((c) => c.tier === 1)
      .map((c) => c.code);
    const rowsFor = (email: string, rating = 2) => tier1.map((code) => `${email},${code},${rating}`);
    return { ...s, round, tier1, rowsFor };
  }

  it("imports nothing when one row is bad, and reports every bad row", async () => {
    const { lead, staff, round, rowsFor, tier1 } = await setUp();
    const csv = [
      "email,competency_code,rating",
      ...rowsFor(staff[0]!.email),
      `${staff[1]!.email},C1.01,7`,
      "nobody@else.test,C1.01,2",
      `${staff[0]!.email},C1.01,2`,
    ].join("\n");
    const error = await importResponses(lead, round.id, csv).then(
      () => expect.fail("expected a refusal"),
      (e: unknown) => e as UserError,
    );
    expect(error.message).toMatch(/nothing was imported/);
    const lines = error.fieldErrors!.file!;
    const first = tier1.length + 2;
    expect(lines).toEqual([
      `Line ${first}: rating must be a whole number from 0 to 4, not "7".`,
      `Line ${first + 1}: no one with the email nobody@else.test is a member of this school.`,
      `Line ${first + 2}: ${staff[0]!.email} already has a rating for C1.01 on line 2.`,
    ]);
    expect(await ownerDb().response.count({ where: { roundId: round.id } })).toBe(0);
    expect(await ownerDb().answer.count({ where: { schoolId: lead.schoolId } })).toBe(0);
  });

  it("imports good rows as submitted responses, then exports them with emails in a NAMED round", async () => {
    const { lead, staff, round, rowsFor, tier1 } = await setUp();
    const csv = [
      "email,competency_code,rating",
      ...rowsFor(staff[0]!.email, 2),
      ...rowsFor(staff[1]!.email.toUpperCase(), 4),
    ].join("\n");
    expect(await importResponses(lead, round.id, csv)).toEqual({ people: 2, answers: 2 * tier1.length });
    const rows = await ownerDb().response.findMany({ where: { roundId: round.id } });
    expect(rows.map((r) => [r.status, r.source])).toEqual([
      ["SUBMITTED", "CSV_IMPORT"],
      ["SUBMITTED", "CSV_IMPORT"],
    ]);
    await expect(importResponses(lead, round.id, csv)).rejects.toThrow(/nothing was imported/);
    const out = await exportResponses(lead, round.id);
    const lines = linesOf(out.text);
    expect(lines[0]).toBe("email,name,job_role,required_tier,submitted_at,competency_code,rating,comment");
    expect(lines).toHaveLength(1 + 2 * tier1.length);
    expect(out.text).toContain(staff[0]!.email);
  });

  it("exports a CONFIDENTIAL round only once closed with k respondents, without identifiers", async () => {
    const roles: JobRole[] = ["TEACHER", "TEACHER", "TEACHER", "TEACHER", "TEACHER"];
    const { lead, staff, round, rowsFor } = await setUp("CONFIDENTIAL", roles);
    const four = [
      "email,competency_code,rating",
      ...staff.slice(0, 4).flatMap((s) => rowsFor(s.email, 1)),
    ].join("\n");
    await importResponses(lead, round.id, four);
    const afterClose = new Date(round.closesAt.getTime() + 1000);
    await expect(exportResponses(lead, round.id, afterClose)).rejects.toThrow(
      /fewer than 5 people submitted/,
    );
    await importResponses(
      lead,
      round.id,
      ["email,competency_code,rating", ...rowsFor(staff[4]!.email, 3)].join("\n"),
    );
    // While the round is open, a later export would differ by the next person's answers.
    await expect(exportResponses(lead, round.id)).rejects.toThrow(/once it has closed/);
    const out = await exportResponses(lead, round.id, afterClose);
    expect(linesOf(out.text)[0]).toBe("respondent,required_tier,competency_code,rating");
    for (const s of staff) expect(out.text).not.toContain(s.email);
    expect(
      new Set(
        linesOf(out.text)
          .slice(1)
          .map((l) => l.split(",")[0]),
      ).size,
    ).toBe(5);
    expect(await exportResponses(lead, round.id, afterClose)).toEqual(out);
  });

  it("still exports a NAMED round once a respondent has left the school, without their name", async () => {
    const { lead, staff, round, rowsFor, tier1 } = await setUp();
    const csv = [
      "email,competency_code,rating",
      ...rowsFor(staff[0]!.email, 2),
      ...rowsFor(staff[1]!.email, 3),
    ].join("\n");
    await importResponses(lead, round.id, csv);
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { personId: staff[1]!.id } });
    await removeMembership(lead, { membershipId: membership.id });
    const out = await exportResponses(lead, round.id);
    const lines = linesOf(out.text);
    expect(lines).toHaveLength(1 + 2 * tier1.length);
    expect(out.text).toContain(staff[0]!.email);
    // Row-level security no longer lets the school read who they were; their answers still count.
    expect(out.text).not.toContain(staff[1]!.email);
    expect(lines.filter((l) => l.startsWith(",(left the school),"))).toHaveLength(tier1.length);
  });

  it("refuses to import into a closed round", async () => {
    const { lead, staff, round, rowsFor } = await setUp();
    await closeRound(lead, round.id);
    const csv = ["email,competency_code,rating", ...rowsFor(staff[0]!.email)].join("\n");
    await expect(importResponses(lead, round.id, csv)).rejects.toThrow(
      /only be imported while the round is open/,
    );
  });
});
