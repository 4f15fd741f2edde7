import { describe, expect, it } from "vitest";
import { checkRoster } from "@/lib/people/roster";
import { requiredTier } from "@/lib/tiers";

describe("roster CSV checking", () => {
  it("accepts a clean file, normalising emails and job roles", () => {
    const { rows, problems } = checkRoster(
      "email,name,job_role\nSam.Jones@School.org.uk,Sam Jones,teaching assistant\nali@school.org.uk,Ali Khan,SENCO\n",
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, email: "sam.jones@school.org.uk", name: "Sam Jones", jobRole: "TEACHING_ASSISTANT" },
      { line: 3, email: "ali@school.org.uk", name: "Ali Khan", jobRole: "SENCO" },
    ]);
  });

  it("reports every bad row with its line number", () => {
    const csv = [
      "email,name,job_role",
      "ok@school.org.uk,Fine Person,TEACHER",
      "not-an-email,Bad Email,TEACHER",
      "nojob@school.org.uk,No Job,ASTRONAUT",
      "ok@school.org.uk,Duplicate,TEACHER",
      "noname@school.org.uk,,TEACHER",
      "too,many,values,here",
    ].join("\n");
    const { problems } = checkRoster(csv);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(problems[0]!.message).toMatch(/valid email/);
    expect(problems[1]!.message).toMatch(/Unknown job role "ASTRONAUT"/);
    expect(problems[2]!.message).toMatch(/already on line 2/);
    expect(problems[3]!.message).toMatch(/Enter a name/);
    expect(problems[4]!.message).toMatch(/Expected 3 values/);
  });

  it("refuses a file without the expected header, and an empty one", () => {
    expect(checkRoster("name,email\nx,y").problems[0]!.message).toMatch(/first line must be/);
    expect(checkRoster("email,name,job_role\n").problems[0]!.message).toMatch(/no rows/);
  });

  it("reports what the caller already knows about an email (member or invited)", () => {
    const { problems } = checkRoster("email,name,job_role\na@s.org,A,TEACHER", () => "This person is already a member of the school.");
    expect(problems).toEqual([{ line: 2, message: "This person is already a member of the school." }]);
  });
});

describe("required tiers", () => {
  it("uses DESIGN.md's defaults and a school's own overrides", () => {
    expect(requiredTier("TEACHER")).toBe(1);
    expect(requiredTier("MIDDAY_SUPERVISOR")).toBe(1);
    expect(requiredTier("FORM_TUTOR")).toBe(2);
    expect(requiredTier("ELSA")).toBe(2);
    expect(requiredTier("SENCO")).toBe(3);
    expect(requiredTier("SENIOR_MH_LEAD")).toBe(3);
    expect(requiredTier("TEACHER", { TEACHER: 2 })).toBe(2);
  });
});
