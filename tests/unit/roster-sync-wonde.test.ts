// Reading Wonde's recorded pages, and sealing a school's token.
import { describe, expect, it } from "vitest";
import { openToken, sealToken, tokenEnd } from "@/lib/roster-sync/seal";
import { employeesPageSchema, staffOf } from "@/lib/roster-sync/wonde-response";
import { recordedPages } from "../support/wonde/server";

describe("Wonde's employees pages", () => {
  it("read as staff: work email lower-cased, first role as title, non-current staff left out", () => {
    const staff = recordedPages().flatMap((page) =>
      employeesPageSchema.parse(page).data.flatMap((e) => staffOf(e) ?? []),
    );
    expect(staff.map((s) => s.name)).not.toContain("Olu Ade");
    expect(staff.find((s) => s.name === "Priya Patel")).toEqual({
      wondeId: "A500000003",
      name: "Priya Patel",
      email: "p.patel@oakfield.sch.uk",
      title: "Teacher",
    });
    // No work address: the main one, lower-cased.
    expect(staff.find((s) => s.name === "Ravi Singh")?.email).toBe("r.singh@oakfield.sch.uk");
    expect(staff.find((s) => s.name === "Tom Brown")?.email).toBeNull();
  });

  it("refuses a page that is not Wonde's shape", () => {
    expect(employeesPageSchema.safeParse({ data: [{ forename: "No id" }] }).success).toBe(false);
    expect(employeesPageSchema.safeParse({ employees: [] }).success).toBe(false);
  });
});

describe("a sealed Wonde token", () => {
  const secret = "unit-test-secret-unit-test-secret-unit-test";
  it("opens for its school and secret only, and does not contain the token", () => {
    const sealed = sealToken(secret, "school-a", "tok-1234567890abcd");
    expect(sealed).not.toContain("tok-1234567890abcd");
    expect(openToken(secret, "school-a", sealed)).toBe("tok-1234567890abcd");
    expect(() => openToken(secret, "school-b", sealed)).toThrow();
    expect(() => openToken(`${secret}x`, "school-a", sealed)).toThrow();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = body!.slice(0, -1) + (body!.endsWith("A") ? "B" : "A");
    expect(() => openToken(secret, "school-a", [v, iv, tag, flipped].join("."))).toThrow();
    expect(sealToken(secret, "school-a", "same")).not.toBe(sealToken(secret, "school-a", "same"));
    expect(tokenEnd("tok-1234567890abcd")).toBe("abcd");
  });
});
