import { describe, expect, it } from "vitest";
import { isCurrent } from "@/components/shell/nav";

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
