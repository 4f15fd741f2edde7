// A null byte (or any hidden control character) in a name or other text is refused by the form's
// schema, beside the field, instead of reaching the database and failing there.
import { describe, expect, it } from "vitest";
import { acceptInvitationSchema, inviteSchema } from "@/lib/people/schemas";
import { checkRoster } from "@/lib/people/roster";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { CONTROL_CHARACTER_MESSAGE, LINE_BREAK_MESSAGE } from "@/lib/text";

const HIDDEN = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202e", "\u2066"];
const fieldMessages = (
  r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
) => (r.error?.issues ?? []).filter((i) => i.path.join(".") === field).map((i) => i.message);

describe("names and text fields", () => {
  it("refuses hidden characters in an invited person's name, with a message beside the field", () => {
    for (const c of HIDDEN) {
      const r = inviteSchema.safeParse({
        email: "a@school.test",
        name: `Ann${c}Smith`,
        role: "STAFF",
        jobRole: "TEACHER",
      });
      expect(fieldMessages(r, "name"), JSON.stringify(c)).toEqual([CONTROL_CHARACTER_MESSAGE]);
    }
    const tab = inviteSchema.safeParse({
      email: "a@school.test",
      name: "Ann\tSmith",
      role: "STAFF",
      jobRole: "TEACHER",
    });
    expect(fieldMessages(tab, "name")).toEqual([LINE_BREAK_MESSAGE]);
    expect(
      inviteSchema.safeParse({
        email: "a@school.test",
        name: "Zoë O’Brien-Ng",
        role: "STAFF",
        jobRole: "TEACHER",
      }).success,
    ).toBe(true);
  });

  it("refuses them in the name chosen when accepting an invitation", () => {
    const r = acceptInvitationSchema.safeParse({
      token: "t".repeat(40),
      name: "Ann\u0000",
      password: "a long enough passphrase 42",
      confirmPassword: "a long enough passphrase 42",
    });
    expect(fieldMessages(r, "name")).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("reports them on the roster line", () => {
    const { problems } = checkRoster("email,name,job_role\nann@school.test,Ann\u0000,TEACHER\n");
    expect(problems).toEqual([{ line: 2, message: CONTROL_CHARACTER_MESSAGE }]);
  });

  it("refuses them in a training record's title and note, but lets a note have line breaks", () => {
    const base = { source: "EXTERNAL", completedOn: "2026-01-10", hours: "2" };
    expect(
      fieldMessages(
        recordTrainingSchema.safeParse({ ...base, externalTitle: "First aid\u0000" }),
        "externalTitle",
      ),
    ).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(
      fieldMessages(
        recordTrainingSchema.safeParse({ ...base, externalTitle: "First aid", note: "x\u0000" }),
        "note",
      ),
    ).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(
      recordTrainingSchema.safeParse({ ...base, externalTitle: "First aid", note: "line one\r\nline two" })
        .success,
    ).toBe(true);
  });
});
