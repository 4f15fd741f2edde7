// The rows the lead's pages and downloads add to the authorisation matrix (tests/e2e/authorization-lead.spec.ts).
// Places are named as in tests/e2e/authorization.spec.ts, plus :round (an open round of the actor's
// own school) and :otherRound (a round of another school of the same trust).

import { NOT_FOUND, type Outcome } from "./http-matrix";

export { NOT_FOUND, type Outcome };
export type Actor = "signed out" | "staff" | "lead" | "head" | "trust leader";
export type Row = { path: string; outcomes: Record<Actor, Outcome> };

export const ROUND_TITLE = "Counsellors' check-in (authorisation matrix)";
const TO_SIGN_IN = { redirect: "/sign-in", heading: "Sign in" };

/** Leads and heads of the school may; staff and trust leaders (aggregates only) get a 404. */
const leaders = (lead: Outcome, head: Outcome = lead): Record<Actor, Outcome> => ({
  "signed out": TO_SIGN_IN,
  staff: NOT_FOUND,
  lead,
  head,
  "trust leader": NOT_FOUND,
});
const nobody: Record<Actor, Outcome> = leaders(NOT_FOUND);
const trustOnly = (outcome: Outcome): Record<Actor, Outcome> => ({ ...nobody, "trust leader": outcome });

const CSV = /^[a-z0-9-]+\.csv$/;

export const PAGES: Row[] = [
  { path: "/schools/:school/rounds", outcomes: leaders({ page: "Rounds" }) },
  { path: "/schools/:school/rounds/:round", outcomes: leaders({ page: ROUND_TITLE }) },
  // Another school's round, named through one's own school's URL, and a round that does not exist.
  { path: "/schools/:school/rounds/:otherRound", outcomes: nobody },
  { path: "/schools/:school/rounds/:missing", outcomes: nobody },
  { path: "/schools/:school/framework", outcomes: leaders({ page: "Framework" }) },
  { path: "/schools/:school/framework?version=:missing", outcomes: leaders({ page: "Framework" }) },
  { path: "/schools/:school/settings/job-roles", outcomes: leaders({ page: "Job roles" }) },
  { path: "/schools/:school/settings/sign-in", outcomes: leaders({ page: "Sign-in" }) },
  // Decision 0041: the school's retention setting, and one's own data (everyone signed in).
  { path: "/schools/:school/settings/retention", outcomes: leaders({ page: "How long responses are kept" }) },
  {
    path: "/account/data",
    outcomes: {
      "signed out": TO_SIGN_IN,
      staff: { page: "Your data" },
      lead: { page: "Your data" },
      head: { page: "Your data" },
      "trust leader": { page: "Your data" },
    },
  },
  { path: "/trusts/:trust/framework", outcomes: trustOnly({ page: "Framework" }) },
  ...[":otherTrust", ":missing"].map((trust): Row => ({
    path: `/trusts/${trust}/framework`,
    outcomes: nobody,
  })),
  // Issue 11: the trust overview's school pages and heatmap; what the trust sees, for the head and lead.
  { path: "/trusts/:trust/heatmap", outcomes: trustOnly({ page: "Needs heatmap" }) },
  { path: "/trusts/:trust/overview/:school", outcomes: trustOnly({ page: "School figures" }) },
  { path: "/trusts/:trust/report", outcomes: trustOnly({ page: "Report for the board" }) },
  {
    path: "/trusts/:trust/report?group=:missing&phase=PRIMARY",
    outcomes: trustOnly({ page: "Report for the board" }),
  },
  { path: "/schools/:school/trust-view", outcomes: leaders({ page: "What your trust sees" }) },
  ...[":otherTrust", ":missing"].flatMap((trust): Row[] => [
    { path: `/trusts/${trust}/heatmap`, outcomes: nobody },
    { path: `/trusts/${trust}/overview/:school`, outcomes: nobody },
    { path: `/trusts/${trust}/report`, outcomes: nobody },
  ]),
  ...[":outside", ":elsewhere", ":missing"].map((school): Row => ({
    path: `/trusts/:trust/overview/${school}`,
    outcomes: nobody,
  })),
  // The lead's own development: private to the lead, so the head gets a 404 too.
  { path: "/schools/:school/my-development", outcomes: { ...nobody, lead: { page: "My development" } } },
  ...[":other", ":outside", ":elsewhere", ":missing"].flatMap((school): Row[] => [
    { path: `/schools/${school}/my-development`, outcomes: nobody },
    { path: `/schools/${school}/trust-view`, outcomes: nobody },
    { path: `/schools/${school}/rounds`, outcomes: nobody },
    { path: `/schools/${school}/rounds/:otherRound`, outcomes: nobody },
    { path: `/schools/${school}/framework`, outcomes: nobody },
    { path: `/schools/${school}/settings/job-roles`, outcomes: nobody },
    { path: `/schools/${school}/settings/sign-in`, outcomes: nobody },
    { path: `/schools/${school}/settings/retention`, outcomes: nobody },
  ]),
];

export const DOWNLOADS: Row[] = [
  { path: "/schools/:school/rounds/:round/export", outcomes: leaders({ file: CSV }) },
  { path: "/schools/:school/rounds/:otherRound/export", outcomes: nobody },
  {
    path: "/schools/:school/framework/export?format=csv",
    outcomes: leaders({ file: /^framework-v\d+\.csv$/ }),
  },
  {
    path: "/schools/:school/framework/export?format=json",
    outcomes: leaders({ file: /^framework-v\d+\.json$/ }),
  },
  {
    path: "/trusts/:trust/framework/export?format=json",
    outcomes: trustOnly({ file: /^framework-v\d+\.json$/ }),
  },
  { path: "/trusts/:otherTrust/framework/export?format=csv", outcomes: nobody },
  { path: "/trusts/:trust/export?table=overview", outcomes: trustOnly({ file: /^trust-overview\.csv$/ }) },
  {
    path: "/trusts/:trust/export?table=heatmap&phase=PRIMARY",
    outcomes: trustOnly({ file: /^trust-heatmap\.csv$/ }),
  },
  { path: "/trusts/:trust/export?table=review", outcomes: trustOnly({ file: /^trust-review\.csv$/ }) },
  { path: "/trusts/:trust/report/pdf", outcomes: trustOnly({ file: /^trust-report-[\d-]+\.pdf$/ }) },
  ...[":otherTrust", ":missing"].flatMap((trust): Row[] => [
    { path: `/trusts/${trust}/export?table=overview`, outcomes: nobody },
    { path: `/trusts/${trust}/export?table=review`, outcomes: nobody },
    { path: `/trusts/${trust}/report/pdf`, outcomes: nobody },
  ]),
  ...[":other", ":outside", ":elsewhere", ":missing"].flatMap((school): Row[] => [
    { path: `/schools/${school}/rounds/:otherRound/export`, outcomes: nobody },
    { path: `/schools/${school}/framework/export?format=csv`, outcomes: nobody },
  ]),
];
