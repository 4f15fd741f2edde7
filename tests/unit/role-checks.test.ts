// The role-to-permission map is the only source of who may do what: no code outside lib/permissions
// decides by comparing a role to a role name, and the people forms offer the roles the map allows.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCHOOL_ROLE_OPTIONS, TRUST_ROLE_OPTIONS } from "@/components/people/options";
import { ASSIGNABLE_ROLES, assignableRoles, can, rolesWith } from "@/lib/permissions";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

// A role compared with a role name, or a list of role names searched for a role.
const ROLE_CHECK =
  /\brole\s*[!=]==\s*"(STAFF|LEAD|HEAD|TRUST_LEADER)"|\[\s*"(STAFF|LEAD|HEAD|TRUST_LEADER)"[^\]]*\]\s*\.includes\(/;

describe("who may do what comes from the map", () => {
  it("no data-layer or app code checks a role by its name", () => {
    const offenders = ["lib", "app", "components"]
      .flatMap((d) => sources(path.join(root, d)))
      .filter((f) => !f.includes(`${path.sep}lib${path.sep}permissions${path.sep}`))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${path.relative(root, f)}:${i + 1}`, line }))
          .filter(({ line }) => ROLE_CHECK.test(line)),
      )
      .map(({ where, line }) => `${where}  ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it("says who may hand out which role, as data", () => {
    expect(assignableRoles("LEAD")).toEqual(ASSIGNABLE_ROLES.LEAD);
    expect(assignableRoles("STAFF")).toEqual([]);
    expect(assignableRoles("HEAD")).toEqual([]);
    // Only those who may manage people hand out roles in a school.
    for (const role of ["STAFF", "LEAD", "HEAD"] as const)
      expect(assignableRoles(role).length > 0).toBe(can(role, "people:manage"));
  });

  it("offers in the people forms exactly the roles the people managers may hand out", () => {
    const allowed = new Set(rolesWith("people:manage").flatMap((r) => assignableRoles(r)));
    expect(new Set(SCHOOL_ROLE_OPTIONS.map((o) => o.value))).toEqual(allowed);
    expect(TRUST_ROLE_OPTIONS.map((o) => o.value)).toEqual(assignableRoles("TRUST_LEADER"));
  });

  it("shows individuals' answers only to roles the map allows", () => {
    expect(rolesWith("answers:view-named").sort()).toEqual(["HEAD", "LEAD"]);
  });
});
