import { describe, expect, it } from "vitest";
import { schoolRequestRefusal, trustJoinRefusal } from "@/lib/register/eligibility";

const open = { urn: "990011", name: "Meadowside Primary School", statusName: "Open" };

describe("who may join from the register", () => {
  it("lets a trust ask an open school with no trust, and refuses the rest in words", () => {
    expect(trustJoinRefusal("990011", open, null, "t1", false)).toBeNull();
    expect(trustJoinRefusal("990011", open, { trustId: null }, "t1", false)).toBeNull();
    expect(trustJoinRefusal("123456", null, null, "t1", false)).toMatch(
      /no school with URN 123456 in the register/,
    );
    expect(trustJoinRefusal("990014", { ...open, statusName: "Closed" }, null, "t1", false)).toMatch(
      /as closed/,
    );
    expect(trustJoinRefusal("990011", open, { trustId: "t1" }, "t1", false)).toBe(
      "Meadowside Primary School is already in this trust.",
    );
    // Nothing more about the other trust: not even its name.
    expect(trustJoinRefusal("990011", open, { trustId: "t2" }, "t1", false)).toBe(
      "Meadowside Primary School belongs to another trust in Harbour.",
    );
    expect(trustJoinRefusal("990011", open, { trustId: null }, "t1", true)).toMatch(/already asked/);
  });

  it("lets anyone ask for an open school not yet in Harbour", () => {
    expect(schoolRequestRefusal("990011", open, null)).toBeNull();
    expect(
      schoolRequestRefusal("990011", { ...open, statusName: "Open, but proposed to close" }, null),
    ).toBeNull();
    expect(schoolRequestRefusal("990011", open, { trustId: null })).toBe(
      "Meadowside Primary School already uses Harbour: ask its senior mental health lead or head for an invitation.",
    );
    expect(schoolRequestRefusal("990014", { ...open, statusName: "Closed" }, null)).toMatch(/as closed/);
  });
});
