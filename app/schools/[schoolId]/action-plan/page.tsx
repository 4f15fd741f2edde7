import type { Metadata } from "next";
import { ServicesPanel } from "@/components/services/services-panel";
import { directoryCount } from "@/lib/services/queries";
import { ActionButton } from "@/components/action-plan/action-button";
import { History } from "@/components/action-plan/history";
import { PlanEditor } from "@/components/action-plan/plan-editor";
import { PlanRead, RagBadge } from "@/components/action-plan/plan-read";
import { STATUS_LABELS } from "@/components/action-plan/status";
import { SubmitPanel } from "@/components/action-plan/submit-panel";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { HandedOver } from "@/components/lead-handover/handed-over";
import { HandoverList } from "@/components/lead-handover/handover-list";
import { CalendarFeed } from "@/components/exports/calendar-feed";
import { ExportLinks } from "@/components/exports/export-links";
import { Alert } from "@/components/ui/alert";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { schoolPlanView } from "@/lib/action-plan/queries";
import { withScope } from "@/lib/db/scope";
import { evidenceByTarget } from "@/lib/evidence/queries";
import { feedStatus } from "@/lib/exports/feeds";
import { formatDateTime } from "@/lib/format";
import { getFramework } from "@/lib/framework/queries";
import { planHandovers } from "@/lib/lead-handover/queries";
import { can } from "@/lib/permissions";
import { londonDay } from "@/lib/rounds/dates";
import { scopeOf } from "@/lib/tenancy/context";
import { orNotFound } from "@/lib/tenancy/resource";
import { requireSchool } from "@/lib/tenancy/guard";
import {
  confirmHandedOver,
  makeActionPlanFeed,
  rejectActionSuggestion,
  saveActionPlan,
  startActionPlanVersion,
  stopActionPlanFeed,
  submitActionPlan,
} from "./actions";

export const metadata: Metadata = { title: "Action plan" };

type Props = { params: Promise<{ schoolId: string }>; searchParams: Promise<{ version?: string }> };

export default async function ActionPlanPage({ params, searchParams }: Props) {
  const { schoolId } = await params;
  const { version } = await searchParams;
  const ctx = await requireSchool(schoolId, "action-plan:view");
  const today = londonDay(new Date());
  const data = await orNotFound(schoolPlanView(ctx, { versionId: version, today }));
  const handed = await planHandovers(ctx);
  const inTrust = Boolean(
    await withScope(
      scopeOf(ctx),
      async (tx) => (await tx.school.findUnique({ where: { id: schoolId } }))?.trustId,
    ),
  );
  const services = can(ctx.role, "services:view") ? await directoryCount(ctx) : null;
  const header = (
    <>
      <PageHeader
        title="Action plan"
        lead="Objectives for each principle of a whole-school approach, the actions that meet them, and who validated them."
      />
      {services && <ServicesPanel schoolId={schoolId} {...services} />}
    </>
  );
  if (!data.view)
    return (
      <>
        {header}
        <EmptyState>The senior mental health lead has not started the action plan yet.</EmptyState>
      </>
    );
  const { view } = data;
  const evidence = await evidenceByTarget(ctx);
  const actions = view.content.flatMap((o) => o.actions);
  const evidencePanels = can(ctx.role, "evidence:view") && actions.length > 0 && (
    <Section title="Evidence for each action">
      <div className="grid grid-cols-1 gap-2 md:grid-cols-2">
        {actions.map((a) => (
          <EvidencePanel
            key={a.key}
            schoolId={schoolId}
            target={`action:${a.key}`}
            title={a.title}
            items={evidence.get(`action:${a.key}`) ?? []}
          />
        ))}
      </div>
    </Section>
  );
  const v = view.version;
  const newest = v.id === data.newestId;
  const editable = newest && v.status === "DRAFT" && can(ctx.role, "action-plan:manage");
  // The statements an action can link to: the framework version the school uses now (what the save checks).
  const competencies = editable
    ? (await getFramework(ctx)).content.competencies
        .filter((c) => !c.retired)
        .map((c) => ({ code: c.code, statement: c.statement }))
    : [];
  const base = `/schools/${schoolId}/action-plan`;
  const which = newest ? "" : `&version=${v.id}`;
  const feed = await feedStatus(ctx);
  const earlier =
    view.previous && view.versions.find((x) => x.id === view.previous!.id)?.status === "CHANGES_REQUESTED";
  return (
    <>
      {header}
      <p className="mb-4" role="status">
        Version {v.number}: <strong>{STATUS_LABELS[v.status]}</strong>
        {v.submittedAt &&
          ` (submitted ${formatDateTime(v.submittedAt)}${v.submittedToTrust ? " to the trust" : v.validator ? ` to ${v.validator.name}` : ""})`}
        {v.decisionNote && `. Reviewer's note: ${v.decisionNote}`}
      </p>
      <div className="mb-4">
        <ExportLinks
          label="Print and download the plan"
          links={[
            { href: `${base}/print${newest ? "" : `?version=${v.id}`}`, label: "Print (for governors)" },
            { href: `${base}/export?format=pdf${which}`, label: "Download PDF", download: true },
            {
              href: `${base}/export?format=csv${which}`,
              label: "Download CSV of the actions",
              download: true,
            },
            { href: `${base}/export?format=ics${which}`, label: "Download due dates (.ics)", download: true },
          ]}
        />
      </div>
      {!newest && <Alert>This is an earlier version, kept as it was.</Alert>}
      {handed.waiting.length > 0 && (
        <Section title={`Handed over to you (${handed.waiting.length})`}>
          <HandedOver items={handed.waiting} confirm={confirmHandedOver.bind(null, schoolId)} />
        </Section>
      )}
      {earlier && newest && (
        <Alert>
          The reviewer asked for changes to version {view.previous!.number}: their comments are on that
          version.
        </Alert>
      )}
      {editable ? (
        <>
          <PlanEditor
            key={v.id}
            initial={{ versionId: v.id, revision: v.revision, objectives: view.content }}
            members={data.members}
            competencies={competencies}
            suggestions={data.suggestions}
            today={today}
            save={saveActionPlan.bind(null, schoolId)}
            reject={rejectActionSuggestion.bind(null, schoolId)}
          />
          <Section title="Where each saved action stands">
            <ul className="flex flex-col gap-2">
              {view.content
                .flatMap((o) => o.actions)
                .map((a) => (
                  <li key={a.key}>
                    {a.title}: <RagBadge rag={data.rag[a.key]} />
                  </li>
                ))}
            </ul>
          </Section>
          <Section title="Submit for validation">
            <SubmitPanel
              versionId={v.id}
              revision={v.revision}
              inTrust={inTrust}
              submit={submitActionPlan.bind(null, schoolId)}
            />
          </Section>
        </>
      ) : (
        <Section title="The plan">
          <PlanRead content={view.content} rag={data.rag} comments={view.comments} />
          {newest &&
            can(ctx.role, "action-plan:manage") &&
            (v.status === "VALIDATED" || v.status === "CHANGES_REQUESTED") && (
              <div className="mt-4">
                <ActionButton
                  label={`Start version ${v.number + 1} to make changes`}
                  run={startActionPlanVersion.bind(null, schoolId, { versionId: v.id })}
                />
              </div>
            )}
        </Section>
      )}
      {evidencePanels}
      {handed.handovers.length > 0 && (
        <Section title="Lead handovers">
          <HandoverList handovers={handed.handovers} />
        </Section>
      )}
      <Section title="Subscribe in your calendar">
        <CalendarFeed
          since={feed ? feed.since.toISOString() : null}
          make={makeActionPlanFeed.bind(null, schoolId)}
          stop={stopActionPlanFeed.bind(null, schoolId)}
        />
      </Section>
      <Section title="History">
        <History
          events={view.events}
          versions={view.versions}
          changes={view.changes}
          previousNumber={view.previous?.number ?? null}
          currentId={v.id}
          hrefOf={(id) => `/schools/${schoolId}/action-plan?version=${id}`}
        />
      </Section>
    </>
  );
}
