// The roster sync's pure core: the school's members and invitations waiting against the staff
// Wonde lists, to joiners, leavers, role changes and problems. No database, no clock, no network.
// Each person lands in at most one list; a problem holds back every proposal for that person.
import { z } from "zod";
import type { JobRole, MembershipRole } from "../generated/prisma/enums";
import { mappedJobRole, suggestedJobRole, titleKey } from "./titles";
import type { WondeStaff } from "./wonde-response";

export type SyncMember = {
  membershipId: string;
  personId: string;
  name: string;
  email: string;
  role: MembershipRole;
  jobRole: JobRole;
  /** may manage people (a lead, from the permission map): the school must keep one */
  manages: boolean;
};

export type DiffInput = {
  staff: WondeStaff[];
  members: SyncMember[];
  /** emails with an invitation waiting */
  pending: string[];
  /** the school's title mappings, by titleKey */
  mappings: ReadonlyMap<string, JobRole>;
  /** rejected proposals: key -> fingerprint of the data when rejected */
  rejections: ReadonlyMap<string, string>;
  /** the person running the sync: never proposed as a leaver */
  actorPersonId: string;
};

export type Joiner = {
  key: string;
  fingerprint: string;
  email: string;
  name: string;
  jobRole: JobRole;
  title: string;
};
export type Leaver = { key: string; fingerprint: string; membershipId: string; name: string; email: string };
export type RoleChange = {
  key: string;
  fingerprint: string;
  membershipId: string;
  name: string;
  email: string;
  from: JobRole;
  to: JobRole;
  title: string;
};
export type ProblemKind = "no_email" | "invalid_email" | "duplicate_email" | "no_title" | "unmapped_title";
export type Problem = { wondeId: string; name: string; kind: ProblemKind; title: string | null };
export type TitleSeen = {
  title: string;
  titleKey: string;
  jobRole: JobRole | null;
  suggestion: JobRole | null;
  people: number;
};

export type SyncProposals = {
  staffCount: number;
  joiners: Joiner[];
  leavers: Leaver[];
  changes: RoleChange[];
  problems: Problem[];
  titles: TitleSeen[];
};

const emailOk = (email: string) => z.email().max(254).safeParse(email).success;
const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en-GB");

export function diffRoster(input: DiffInput): SyncProposals {
  const problems: Problem[] = [];
  const countOf = new Map<string, number>();
  for (const s of input.staff) if (s.email) countOf.set(s.email, (countOf.get(s.email) ?? 0) + 1);

  const titles = new Map<string, TitleSeen>();
  for (const s of input.staff) {
    if (!s.title) continue;
    const key = titleKey(s.title);
    const seen = titles.get(key);
    if (seen) seen.people++;
    else {
      const jobRole = mappedJobRole(s.title, input.mappings);
      titles.set(key, {
        title: s.title,
        titleKey: key,
        jobRole,
        suggestion: jobRole ?? suggestedJobRole(s.title),
        people: 1,
      });
    }
  }

  // Emails present in Wonde (with or without a problem): their members are not leavers.
  const present = new Set<string>();
  // Names of staff Wonde lists without a usable email: a member of that name may be them.
  const unmatchedNames = new Set<string>();
  const ready: { staff: WondeStaff; email: string; jobRole: JobRole; title: string }[] = [];
  for (const s of input.staff) {
    if (s.email) present.add(s.email);
    const problem = problemOf(s, countOf, titles);
    if (problem) {
      problems.push({ wondeId: s.wondeId, name: s.name, kind: problem, title: s.title });
      if (problem === "no_email" || problem === "invalid_email") unmatchedNames.add(nameKey(s.name));
      continue;
    }
    ready.push({
      staff: s,
      email: s.email!,
      jobRole: titles.get(titleKey(s.title!))!.jobRole!,
      title: s.title!,
    });
  }

  const memberByEmail = new Map(input.members.map((m) => [m.email, m]));
  const pending = new Set(input.pending);
  const joiners: Joiner[] = [];
  const changes: RoleChange[] = [];
  for (const r of ready) {
    const member = memberByEmail.get(r.email);
    if (member) {
      if (member.jobRole !== r.jobRole)
        changes.push({
          key: `change:${member.membershipId}`,
          fingerprint: `${member.jobRole}>${r.jobRole}:${titleKey(r.title)}`,
          membershipId: member.membershipId,
          name: member.name,
          email: member.email,
          from: member.jobRole,
          to: r.jobRole,
          title: r.title,
        });
    } else if (!pending.has(r.email)) {
      joiners.push({
        key: `join:${r.email}`,
        fingerprint: `${nameKey(r.staff.name)}:${r.jobRole}:${titleKey(r.title)}`,
        email: r.email,
        name: r.staff.name,
        jobRole: r.jobRole,
        title: r.title,
      });
    }
  }

  const absent = input.members.filter(
    (m) =>
      !present.has(m.email) && m.personId !== input.actorPersonId && !unmatchedNames.has(nameKey(m.name)),
  );
  // Never propose removing every lead: if all would go, no lead is proposed at all.
  const absentIds = new Set(absent.map((m) => m.membershipId));
  const leadsLeft = input.members.filter((m) => m.manages && !absentIds.has(m.membershipId)).length;
  const leavers: Leaver[] = absent
    .filter((m) => leadsLeft > 0 || !m.manages)
    .map((m) => ({
      key: `leave:${m.membershipId}`,
      fingerprint: "absent",
      membershipId: m.membershipId,
      name: m.name,
      email: m.email,
    }));

  const notRejected = <T extends { key: string; fingerprint: string }>(p: T) =>
    input.rejections.get(p.key) !== p.fingerprint;
  return {
    staffCount: input.staff.length,
    joiners: joiners.filter(notRejected).sort(byName),
    leavers: leavers.filter(notRejected).sort(byName),
    changes: changes.filter(notRejected).sort(byName),
    problems: problems.sort(byName),
    titles: [...titles.values()].sort((a, b) => a.title.localeCompare(b.title, "en-GB")),
  };
}

function problemOf(
  s: WondeStaff,
  countOf: Map<string, number>,
  titles: Map<string, TitleSeen>,
): ProblemKind | null {
  if (!s.email) return "no_email";
  if (!emailOk(s.email)) return "invalid_email";
  if ((countOf.get(s.email) ?? 0) > 1) return "duplicate_email";
  if (!s.title) return "no_title";
  if (!titles.get(titleKey(s.title))?.jobRole) return "unmapped_title";
  return null;
}

export function proposalCount(p: SyncProposals): number {
  return p.joiners.length + p.leavers.length + p.changes.length;
}
