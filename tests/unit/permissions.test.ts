import { describe, expect, it } from "vitest";
import { assignableRoles, can, ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";

const ALL: Permission[] = [
  "school:view",
  "people:manage",
  "assessment:take",
  "framework:manage",
  "rounds:manage",
  "rounds:view",
  "answers:view-named",
  "gaps:view",
  "plans:manage",
  "plans:approve",
  "catalogue:manage",
  "records:manage",
  "review:manage",
  "review:contribute",
  "review:view",
  "trust:view",
  "trust:invite-leaders",
  "development:self",
  "audit:view",
  "instance:manage",
];

describe("the role-to-permission map", () => {
  it.each([
    ["STAFF", ["assessment:take", "review:contribute"]],
    [
      "LEAD",
      [
        "assessment:take",
        "school:view",
        "people:manage",
        "framework:manage",
        "rounds:manage",
        "rounds:view",
        "answers:view-named",
        "gaps:view",
        "plans:manage",
        "catalogue:manage",
        "records:manage",
        "development:self",
        "review:manage",
        "review:contribute",
        "review:view",
        "audit:view",
      ],
    ],
    [
      "HEAD",
      [
        "assessment:take",
        "school:view",
        "rounds:view",
        "answers:view-named",
        "gaps:view",
        "plans:approve",
        "review:contribute",
        "review:view",
        "audit:view",
      ],
    ],
    [
      "TRUST_LEADER",
      ["trust:view", "trust:invite-leaders", "framework:manage", "catalogue:manage", "audit:view"],
    ],
    ["OPERATOR", ["instance:manage"]],
  ] as const)("%s may do exactly %j", (role, allowed) => {
    for (const permission of ALL) {
      expect(can(role, permission), `${role} ${permission}`).toBe(
        (allowed as readonly string[]).includes(permission),
      );
    }
  });

  it("gives no school role anything at trust level, and the trust leader nothing inside a school", () => {
    for (const role of ["STAFF", "LEAD", "HEAD"] as const) {
      expect(ROLE_PERMISSIONS[role].some((p) => p.startsWith("trust:"))).toBe(false);
      expect(can(role, "rounds:manage")).toBe(role === "LEAD");
    }
    expect(can("TRUST_LEADER", "school:view")).toBe(false);
    expect(can("TRUST_LEADER", "people:manage")).toBe(false);
  });

  it("gives operators the instance and nothing of any school or trust", () => {
    expect(ROLE_PERMISSIONS.OPERATOR).toEqual(["instance:manage"]);
    for (const role of ["STAFF", "LEAD", "HEAD", "TRUST_LEADER"] as const)
      expect(can(role, "instance:manage")).toBe(false);
    expect(assignableRoles("OPERATOR")).toEqual(["LEAD", "HEAD", "TRUST_LEADER"]);
  });

  it("lets only leads and trust leaders hand out roles, and trust leaders only lead and head", () => {
    expect(assignableRoles("STAFF")).toEqual([]);
    expect(assignableRoles("HEAD")).toEqual([]);
    expect(assignableRoles("LEAD")).toEqual(["STAFF", "LEAD", "HEAD"]);
    expect(assignableRoles("TRUST_LEADER")).toEqual(["LEAD", "HEAD"]);
  });
});
