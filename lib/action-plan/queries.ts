import "server-only";
// What the action-plan pages show: the school's view (lead and head), and a reviewer's view of a
// version sent to them (trust leader or external validator), with history and differences.
import { withScope, type DbScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { diffPlans, type Change } from "./diff";
import { ensurePlan } from "./edit";
import { ragFor, type MeasureFacts, type RagResult } from "./rag";
import { extraSources, measureFacts, suggestionInputs, type ExtraSources } from "./sources";
import { readContent, type VersionContent } from "./store";
import { suggestActions, type Suggestion } from "./suggest";
import { NOT_SENT_MESSAGE } from "./workflow";

export { ensurePlan, rejectSuggestion, savePlan, startNewVersion } from "./edit";
export { decidePlan, submitPlan } from "./workflow";

export type VersionView = Awaited<ReturnType<typeof versionView>>;

async function versionView(tx: Tx, versionId: string) {
  const version = await tx.actionPlanVersion.findUnique({
    where: { id: versionId },
    include: { validator: { select: { name: true, email: true } } },
  });
  if (!version) throw new UserError(NOT_SENT_MESSAGE, "not_found");
  const [content, comments, events, versions] = await Promise.all([
    readContent(tx, version.id),
    tx.actionPlanComment.findMany({ where: { versionId }, orderBy: { createdAt: "asc" } }),
    tx.actionPlanEvent.findMany({ where: { versionId }, orderBy: { at: "asc" } }),
    // Only the versions this viewer may see (row-level security): a reviewer sees those sent to them.
    tx.actionPlanVersion.findMany({
      where: { planId: version.planId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true, submittedAt: true, decidedAt: true, createdAt: true },
    }),
  ]);
  const previous = versions.find((v) => v.number < version.number) ?? null;
  const changes: Change[] = previous
    ? diffPlans(
        { objectives: await readContent(tx, previous.id) },
        { objectives: content },
        ownerName(content, await readContent(tx, previous.id)),
      )
    : [];
  return {
    version,
    content,
    comments,
    events: events.map((e) => ({ ...e, actorName: (e.detail as { actorName?: string }).actorName ?? "" })),
    versions,
    previous: previous ? { id: previous.id, number: previous.number } : null,
    changes,
  };
}

/** Owners by the names saved with the actions, for differences in words. */
function ownerName(...contents: VersionContent[]) {
  const names = new Map(
    contents.flatMap((c) => c.flatMap((o) => o.actions.map((a) => [a.ownerId, a.ownerName] as const))),
  );
  return (id: string | null) => (id ? (names.get(id) ?? "Someone who has left") : "No one");
}

export type SchoolPlanView = {
  planId: string | null;
  view: VersionView | null;
  newestId: string | null;
  members: { id: string; name: string }[];
  suggestions: Suggestion[];
  rag: Record<string, RagResult>;
  facts: MeasureFacts | null;
};

/** The school's plan at its newest version (or `versionId`, an older one), with suggestions and RAG. */
export async function schoolPlanView(
  ctx: SchoolContext,
  opts: { versionId?: string; extra?: ExtraSources; today: string; now?: Date },
): Promise<SchoolPlanView> {
  if (!can(ctx.role, "action-plan:view"))
    throw new UserError("Only school leaders can see the action plan.", "forbidden");
  const now = opts.now ?? new Date();
  const extra = opts.extra ?? (await extraSources(ctx, opts.today));
  if (can(ctx.role, "action-plan:manage")) await ensurePlan(ctx);
  const base = await withScope(scopeOf(ctx), async (tx) => {
    const plan = await tx.actionPlan.findUnique({ where: { schoolId: ctx.schoolId } });
    const members = await tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      select: { person: { select: { id: true, name: true } } },
      orderBy: { person: { name: "asc" } },
    });
    if (!plan) return { plan: null, members, view: null, newestId: null, settled: new Set<string>() };
    const newest = await tx.actionPlanVersion.findFirstOrThrow({
      where: { planId: plan.id },
      orderBy: { number: "desc" },
    });
    const wanted = opts.versionId ?? newest.id;
    const own = await tx.actionPlanVersion.findFirst({ where: { id: wanted, planId: plan.id } });
    if (!own) throw new UserError("That version was not found.", "not_found");
    const view = await versionView(tx, wanted);
    const rejected = await tx.actionPlanRejection.findMany({
      where: { planId: plan.id },
      select: { key: true },
    });
    const accepted = view.content.flatMap((o) =>
      o.actions.flatMap((a) => (a.suggestionKey ? [a.suggestionKey] : [])),
    );
    return {
      plan,
      members,
      view,
      newestId: newest.id,
      settled: new Set([...rejected.map((r) => r.key), ...accepted]),
    };
  });
  const manager = can(ctx.role, "action-plan:manage");
  const suggestions =
    manager && base.plan ? suggestActions(await suggestionInputs(ctx, base.settled, extra, now)) : [];
  const facts = base.view ? await measureFacts(ctx, extra, now) : null;
  return {
    planId: base.plan?.id ?? null,
    view: base.view,
    newestId: base.newestId,
    members: base.members.map((m) => m.person),
    suggestions,
    facts,
    rag: facts && base.view ? ragOf(base.view.content, facts, opts.today) : {},
  };
}

export function ragOf(
  content: VersionContent,
  facts: MeasureFacts,
  today: string,
): Record<string, RagResult> {
  return Object.fromEntries(
    content.flatMap((o) =>
      o.actions.map((a) => [
        a.key,
        ragFor(
          {
            status: a.status,
            startOn: a.startOn,
            dueOn: a.dueOn,
            measure: a.measure,
            override: a.ragOverride ? { rag: a.ragOverride, note: a.ragNote } : null,
          },
          facts,
          today,
        ),
      ]),
    ),
  );
}

/** A version sent to this reviewer, or a clear refusal: nothing of a plan not sent to them is shown. */
export async function reviewerVersionView(scope: DbScope, versionId: string) {
  return withScope(scope, async (tx) => {
    const view = await versionView(tx, versionId);
    const school = await tx.school.findUniqueOrThrow({
      where: { id: view.version.schoolId },
      select: { name: true },
    });
    return { ...view, schoolName: school.name };
  });
}

/** Versions waiting for (or decided by) this reviewer, newest first. */
export async function reviewerQueue(scope: DbScope) {
  return withScope(scope, async (tx) => {
    const rows = await tx.actionPlanVersion.findMany({
      where: { status: { not: "DRAFT" } },
      orderBy: [{ submittedAt: "desc" }],
      take: 100,
      select: { id: true, number: true, status: true, submittedAt: true, schoolId: true },
    });
    const schools = await tx.school.findMany({
      where: { id: { in: rows.map((r) => r.schoolId) } },
      select: { id: true, name: true },
    });
    const names = new Map(schools.map((s) => [s.id, s.name]));
    return rows.map((r) => ({ ...r, schoolName: names.get(r.schoolId) ?? "" }));
  });
}
