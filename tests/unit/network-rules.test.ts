import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseStudyFormSchema, librarySearchSchema } from "@/lib/network/forms";
import { allowedSteps, nextStepWords, sees, type NetworkSchool } from "@/lib/network/rules";

const school = fc.record({
  id: fc.constantFrom("a", "b", "c", "d"),
  trustId: fc.constantFrom(null, "t1", "t2"),
  networkOptIn: fc.boolean(),
}) as fc.Arbitrary<NetworkSchool>;

describe("who sees a school's published case studies", () => {
  it("is symmetric, and a school always sees its own", () => {
    fc.assert(
      fc.property(school, school, (x, y) => {
        expect(sees(x, y)).toBe(sees(y, x));
        expect(sees(x, x)).toBe(true);
      }),
    );
  });

  it("crosses trusts only when both schools opted in", () => {
    fc.assert(
      fc.property(school, school, (x, y) => {
        fc.pre(x.id !== y.id && (x.trustId === null || x.trustId !== y.trustId));
        expect(sees(x, y)).toBe(x.networkOptIn && y.networkOptIn);
      }),
    );
  });

  it("within a trust needs no opt-in; no trust is not a shared trust", () => {
    const a = { id: "a", trustId: "t1", networkOptIn: false };
    expect(sees(a, { id: "b", trustId: "t1", networkOptIn: false })).toBe(true);
    expect(sees({ ...a, trustId: null }, { id: "b", trustId: null, networkOptIn: false })).toBe(false);
  });
});

describe("a case study's steps", () => {
  it("publishes only after the contact agreed", () => {
    expect(allowedSteps({ status: "DRAFT", contactId: null, agreedAt: null })).toEqual(["edit"]);
    expect(allowedSteps({ status: "DRAFT", contactId: "p", agreedAt: null })).toEqual([
      "edit",
      "ask-contact",
    ]);
    expect(allowedSteps({ status: "AWAITING_CONTACT", contactId: "p", agreedAt: null })).not.toContain(
      "publish",
    );
    expect(allowedSteps({ status: "AWAITING_CONTACT", contactId: "p", agreedAt: new Date() })).toContain(
      "publish",
    );
    expect(allowedSteps({ status: "PUBLISHED", contactId: "p", agreedAt: new Date() })).toEqual(["withdraw"]);
    expect(nextStepWords({ status: "WITHDRAWN", contactId: "p", agreedAt: null })).toMatch(/no other school/);
  });
});

describe("the network's forms", () => {
  it("say what is missing beside each field", () => {
    const r = caseStudyFormSchema.safeParse({
      caseStudyId: "",
      title: "Two\nlines",
      summary: " ",
      whatWeDid: "x",
      impact: "y",
      principleKeys: [],
      criterionIds: [],
      contactId: "",
    });
    expect(r.success).toBe(false);
    const issues = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toMatchObject({
      title: "Keep this on one line.",
      summary: "Write a short summary.",
      principleKeys: "Choose at least one principle it shows.",
    });
  });

  it("ignore unknown filters in the library's address", () => {
    expect(librarySearchSchema.parse({ q: " benches ", principle: "nonsense", phase: "PRIMARY" })).toEqual({
      q: "benches",
      principle: undefined,
      phase: "PRIMARY",
      criterion: undefined,
    });
  });
});
