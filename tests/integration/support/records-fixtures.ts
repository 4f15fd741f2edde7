// A valid "add a course" form as the browser sends it, and a trust leader's context, for the
// catalogue and records tests.
import type { AddCourseInput } from "@/lib/catalogue/schemas";
import type { TrustContext } from "@/lib/tenancy/context";

let n = 0;

export function courseForm(overrides: Partial<AddCourseInput> = {}): AddCourseInput {
  return {
    provider: "Test Provider",
    title: `Test course ${Date.now().toString(36)}${n++}`,
    summary: "A course written for the integration tests.",
    tier: "1",
    outcomes: [{ competencyCode: "C1.01", level: "3" }],
    format: "IN_SCHOOL",
    hoursPerParticipant: "2",
    costModel: "PER_PLACE",
    sessionCapacity: "",
    costPounds: "45.50",
    qualityAssured: true,
    refreshMonths: "12",
    bookingUrl: "https://example.org/course",
    ...overrides,
  };
}

export function trustCtx(personId: string, trust: { id: string; name: string }): TrustContext {
  return { kind: "trust", personId, trustId: trust.id, trustName: trust.name, role: "TRUST_LEADER" };
}
