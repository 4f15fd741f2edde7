import { describe, expect, it } from "vitest";
import { isCurrent } from "@/components/shell/nav";
import { schoolNav } from "@/components/shell/school-nav";

const nav = [
  { href: "/schools/s", label: "Overview" },
  { href: "/schools/s/plans", label: "Plans" },
  { href: "/schools/s/my-plan", label: "My plan" },
];
const current = (pathname: string) =>
  nav.filter((item, i) => isCurrent(item, i, pathname)).map((i) => i.label);

describe("the current page in the navigation", () => {
  it("marks exactly one item: the home only on itself, others on themselves and below", () => {
    expect(current("/schools/s")).toEqual(["Overview"]);
    expect(current("/schools/s/plans")).toEqual(["Plans"]);
    expect(current("/schools/s/plans/p1")).toEqual(["Plans"]);
    expect(current("/schools/s/my-plan")).toEqual(["My plan"]);
    // A page the navigation does not list marks nothing, not the home.
    expect(current("/schools/s/assessments/r1")).toEqual([]);
  });
});

describe("a school's navigation", () => {
  const labels = (role: Parameters<typeof schoolNav>[0]) => {
    const { nav, settings } = schoolNav(role, "/schools/s");
    return { nav: nav.map((i) => i.label), settings: settings.map((s) => s.label) };
  };

  it("keeps the set-up pages off the bar, on one Settings page that is current on each of them", () => {
    const lead = schoolNav("LEAD", "/schools/s");
    expect(lead.nav.map((i) => i.label)).not.toContain("Job roles");
    expect(lead.settings.map((s) => s.label)).toEqual(
      expect.arrayContaining(["Framework", "Job roles", "Sign-in", "Audit log", "Notifications"]),
    );
    const onAudit = lead.nav.filter((item, i) => isCurrent(item, i, "/schools/s/audit"));
    expect(onAudit.map((i) => i.label)).toEqual(["Settings"]);
  });

  it("gives staff only what they may use", () => {
    const staff = labels("STAFF");
    expect(staff.nav).toEqual([
      "My training",
      "Whole-school review",
      "My plan",
      "Training records",
      "Settings",
    ]);
    expect(staff.settings).toEqual(["Notifications"]);
  });
});
