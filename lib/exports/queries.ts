import "server-only";
// The action plan's and the review's downloads: loaded with the viewer's tenant context, then
// written by the pure builders (./rows, ./document) and the PDF writer (./pdf).
import { ragOf, reviewerVersionView } from "../action-plan/queries";
import { measureFacts } from "../action-plan/sources";
import { readContent, type VersionContent } from "../action-plan/store";
import { withScope, type DbScope } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { termStartOf } from "../plans/calendar";
import { loadTermDates } from "../plans/term-dates";
import { lastAgreedReviewAt, reviewOverview } from "../review/queries";
import { londonDay } from "../rounds/dates";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { planDocument, reviewDocument, type GovernorDoc } from "./document";
import { renderPdf } from "./pdf";
import { actionCalendar, actionCsv } from "./rows";

export type DownloadFile =
  | { filename: string; contentType: string; text: string }
  | { filename: string; contentType: string; bytes: Uint8Array };

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "school";

export const fileName = (kind: string, schoolName: string, now: Date, ext: string) =>
  `${kind}-${slug(schoolName)}-${londonDay(now)}.${ext}`;

/** The school's plan at its newest version (or `versionId`, one of its own), or null before it starts. */
export async function schoolPlanContent(ctx: SchoolContext, versionId?: string) {
  if (!can(ctx.role, "action-plan:view"))
    throw new UserError("Only school leaders can see the action plan.", "forbidden");
  return withScope(scopeOf(ctx), async (tx) => {
    const plan = await tx.actionPlan.findUnique({ where: { schoolId: ctx.schoolId } });
    if (!plan) return null;
    const version = await tx.actionPlanVersion.findFirst({
      where: versionId ? { id: versionId, planId: plan.id } : { planId: plan.id },
      orderBy: { number: "desc" },
    });
    if (!version) throw new UserError("That version was not found.", "not_found");
    return { version, content: await readContent(tx, version.id) };
  });
}

/** RAG as the page shows it, from what Harbour measures today. */
async function ragToday(ctx: SchoolContext, content: VersionContent, now: Date) {
  const today = londonDay(now);
  const [lastReview, terms] = await Promise.all([lastAgreedReviewAt(ctx), loadTermDates(ctx)]);
  const facts = await measureFacts(
    ctx,
    { lastAgreedReviewAt: lastReview, termStartedAt: new Date(`${termStartOf(today, terms)}T00:00:00Z`) },
    now,
  );
  return ragOf(content, facts, today);
}

/** The governors' view of the plan (also the printable page), with RAG in words. */
export async function planGovernorDoc(ctx: SchoolContext, opts: { versionId?: string; now: Date }) {
  const plan = await schoolPlanContent(ctx, opts.versionId);
  const content = plan?.content ?? [];
  return planDocument({
    schoolName: ctx.schoolName,
    version: plan?.version ?? null,
    content,
    rag: await ragToday(ctx, content, opts.now),
    madeOn: opts.now,
  });
}

export async function planDownload(
  ctx: SchoolContext,
  format: "pdf" | "csv" | "ics",
  opts: { versionId?: string; now?: Date } = {},
): Promise<DownloadFile> {
  const now = opts.now ?? new Date();
  const name = (ext: string) => fileName("action-plan", ctx.schoolName, now, ext);
  if (format === "pdf") {
    const doc = await planGovernorDoc(ctx, { versionId: opts.versionId, now });
    return { filename: name("pdf"), contentType: "application/pdf", bytes: await renderPdf(doc) };
  }
  // Before the plan is started: a CSV of just its header, and a calendar with no events.
  const content = (await schoolPlanContent(ctx, opts.versionId))?.content ?? [];
  if (format === "csv") {
    const rag = await ragToday(ctx, content, now);
    return { filename: name("csv"), contentType: "text/csv", text: actionCsv(content, rag) };
  }
  return {
    filename: name("ics"),
    contentType: "text/calendar",
    text: actionCalendar(content, {
      schoolId: ctx.schoolId,
      name: `Action plan: ${ctx.schoolName}`,
      now,
    }),
  };
}

/** The latest agreed review for governors (a document that says so before one is agreed). */
export async function reviewGovernorDoc(ctx: SchoolContext, now: Date): Promise<GovernorDoc> {
  if (!can(ctx.role, "review:view"))
    throw new UserError("Only school leaders can see the school's review.", "forbidden");
  const { latest } = await reviewOverview(ctx);
  return reviewDocument({ schoolName: ctx.schoolName, latest, madeOn: now });
}

export async function reviewPdf(ctx: SchoolContext, now = new Date()): Promise<DownloadFile> {
  const doc = await reviewGovernorDoc(ctx, now);
  return {
    filename: fileName("whole-school-review", ctx.schoolName, now, "pdf"),
    contentType: "application/pdf",
    bytes: await renderPdf(doc),
  };
}

/**
 * A version sent to this reviewer (the trust or the named validator), as they see it: row-level
 * security finds nothing else. Without RAG, which rests on the school's own figures.
 */
export async function reviewerPlanPdf(scope: DbScope, versionId: string, now = new Date()) {
  const view = await reviewerVersionView(scope, versionId);
  const doc = planDocument({
    schoolName: view.schoolName,
    version: view.version,
    content: view.content,
    madeOn: now,
  });
  return {
    filename: fileName(`action-plan-v${view.version.number}`, view.schoolName, now, "pdf"),
    contentType: "application/pdf",
    bytes: await renderPdf(doc),
  } satisfies DownloadFile;
}
