import "server-only";
import { ensureDefaultScheme } from "../accreditation/scheme";
import { criterionChoices, criterionWords } from "./criteria";
// Reads of the network (decision 0030). Row-level security decides which case studies this school
// can see; these reads choose only the fields a reader is shown: the school's name and the
// contact's name, never an email address or a person's id from another school.
import { Prisma } from "../generated/prisma/client";
import type { CaseStudyStatus, SchoolPhase } from "../generated/prisma/enums";
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { LibrarySearch } from "./forms";

export const LIBRARY_LIMIT = 50;

export type LibraryEntry = {
  id: string;
  title: string;
  summary: string;
  principleKeys: string[];
  contactName: string;
  schoolName: string;
  phase: SchoolPhase;
  publishedAt: Date;
  own: boolean;
};

/** The school's place in the network: whether it has opted in, and its trust's name. */
export async function networkSettings(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { networkOptIn: true, trust: { select: { name: true } } },
    });
    return { optIn: school.networkOptIn, trustName: school.trust?.name ?? null };
  });
}

/**
 * Published case studies this school can see, best match first: full-text search in English over
 * the words a reader sees (the expression matches the GIN index of migration 20261204140000).
 */
export async function searchLibrary(ctx: SchoolContext, search: LibrarySearch): Promise<LibraryEntry[]> {
  const q = search.q;
  const document = Prisma.sql`to_tsvector('english', c.title || ' ' || c.summary || ' ' || c."whatWeDid" || ' ' || c.impact)`;
  const rank = q
    ? Prisma.sql`ts_rank(${document}, websearch_to_tsquery('english', ${q}))`
    : Prisma.sql`0::real`;
  return withScope(
    scopeOf(ctx),
    (tx) =>
      tx.$queryRaw<LibraryEntry[]>`
      SELECT c.id, c.title, c.summary, c."principleKeys", c."contactName", s.name AS "schoolName",
             s.phase::text AS phase, c."publishedAt", (c."schoolId" = ${ctx.schoolId}) AS own
        FROM "CaseStudy" c JOIN "School" s ON s.id = c."schoolId"
       WHERE c.status = 'PUBLISHED'
         AND (${q} = '' OR ${document} @@ websearch_to_tsquery('english', ${q}))
         AND (${search.principle ?? null}::text IS NULL OR c."principleKeys" @> ARRAY[${search.principle ?? null}::text])
         AND (${search.criterion ?? null}::text IS NULL OR c."criterionIds" @> ARRAY[${search.criterion ?? null}::text])
         AND (${search.phase ?? null}::text IS NULL OR s.phase::text = ${search.phase ?? null}::text)
       ORDER BY ${rank} DESC, c."publishedAt" DESC, c.id
       LIMIT ${LIBRARY_LIMIT}`,
  );
}

export type OwnCaseStudy = {
  id: string;
  title: string;
  status: CaseStudyStatus;
  contactName: string;
  contactId: string | null;
  agreedAt: Date | null;
  updatedAt: Date;
  questions: number;
};

/** The school's own case studies in every state, newest change first. */
export async function ownCaseStudies(ctx: SchoolContext): Promise<OwnCaseStudy[]> {
  const rows = await withScope(scopeOf(ctx), (tx) =>
    tx.caseStudy.findMany({
      where: { schoolId: ctx.schoolId },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        title: true,
        status: true,
        contactName: true,
        contactId: true,
        agreedAt: true,
        updatedAt: true,
        _count: { select: { questions: true } },
      },
    }),
  );
  return rows.map(({ _count, ...r }) => ({ ...r, questions: _count.questions }));
}

/** Case studies this person is asked to be the named contact for (a next step on their home page). */
export async function awaitingMyAgreement(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), (tx) =>
    tx.caseStudy.findMany({
      where: { schoolId: ctx.schoolId, contactId: ctx.personId, status: "AWAITING_CONTACT", agreedAt: null },
      select: { id: true, title: true },
    }),
  );
}

export type CaseStudyView = {
  id: string;
  title: string;
  summary: string;
  whatWeDid: string;
  impact: string;
  principleKeys: string[];
  criterionIds: string[];
  contactName: string;
  schoolName: string;
  phase: SchoolPhase;
  status: CaseStudyStatus;
  publishedAt: Date | null;
  own: boolean;
  /** Only for the school's own case studies: what the lead and the contact act on. */
  workflow: {
    contactId: string | null;
    agreedAt: Date | null;
    declinedAt: Date | null;
    isContact: boolean;
  } | null;
};

/**
 * One case study: the school's own (for its leaders, or its named contact), or another school's
 * published one that row-level security lets this school see (for its leaders). Anything else is
 * "not found".
 */
export async function caseStudyFor(ctx: SchoolContext, caseStudyId: string): Promise<CaseStudyView> {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.caseStudy.findFirst({
      where: { id: caseStudyId },
      include: { school: { select: { name: true, phase: true } } },
    }),
  );
  if (!row) throw new UserError(NOT_FOUND, "not_found");
  const own = row.schoolId === ctx.schoolId;
  const isContact = own && row.contactId === ctx.personId;
  if (!can(ctx.role, "network:view") && !isContact) throw new UserError(NOT_FOUND, "not_found");
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    whatWeDid: row.whatWeDid,
    impact: row.impact,
    principleKeys: row.principleKeys,
    criterionIds: row.criterionIds,
    contactName: row.contactName,
    schoolName: row.school.name,
    phase: row.school.phase,
    status: row.status,
    publishedAt: row.publishedAt,
    own,
    workflow: own
      ? { contactId: row.contactId, agreedAt: row.agreedAt, declinedAt: row.declinedAt, isContact }
      : null,
  };
}
const NOT_FOUND = "That case study was not found.";

/** The school's own case study as its form edits it. */
export async function caseStudyDraft(ctx: SchoolContext, caseStudyId: string) {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.caseStudy.findFirst({ where: { id: caseStudyId, schoolId: ctx.schoolId } }),
  );
  if (!row) throw new UserError(NOT_FOUND, "not_found");
  return row;
}

export type QuestionView = {
  id: string;
  body: string;
  askerName: string;
  askerSchoolName: string;
  createdAt: Date;
  reply: string | null;
  replierName: string | null;
  repliedAt: Date | null;
};

/**
 * Questions about a case study that this school may read: every question when it is the school's
 * own, else only those this school asked (row-level security allows no more).
 */
export async function questionsFor(ctx: SchoolContext, caseStudyId: string): Promise<QuestionView[]> {
  return withScope(scopeOf(ctx), (tx) =>
    tx.caseStudyQuestion.findMany({
      where: { caseStudyId, OR: [{ schoolId: ctx.schoolId }, { askerSchoolId: ctx.schoolId }] },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        body: true,
        askerName: true,
        askerSchoolName: true,
        createdAt: true,
        reply: true,
        replierName: true,
        repliedAt: true,
      },
    }),
  );
}

/** Who can be named as the contact: the school's members, by name. */
export async function contactChoices(ctx: SchoolContext) {
  const rows = await withScope(scopeOf(ctx), (tx) =>
    tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      select: { personId: true, person: { select: { name: true } } },
      orderBy: { person: { name: "asc" } },
    }),
  );
  return rows.map((r) => ({ id: r.personId, name: r.person.name }));
}

/** What the case-study form offers to link to: the school's accreditation criteria. */
export async function schoolCriterionChoices(ctx: SchoolContext) {
  await ensureDefaultScheme();
  return withScope(scopeOf(ctx), (tx) => criterionChoices(tx, ctx.schoolId));
}

/** The words of a case study's criteria, as far as the reader's school may see them. */
export async function caseStudyCriteria(ctx: SchoolContext, ids: string[]) {
  return withScope(scopeOf(ctx), (tx) => criterionWords(tx, ids));
}
