import type { Metadata } from "next";
import { ActionButton } from "@/components/action-plan/action-button";
import { ServiceForm } from "@/components/services/service-form";
import { ServiceList } from "@/components/services/service-list";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { keptDirectory } from "@/lib/services/queries";
import { isoDay, londonToday } from "@/lib/services/rules";
import { requireTrust } from "@/lib/tenancy/guard";
import { decideServiceSuggestion, removeLocalService, saveLocalService } from "./actions";

export const metadata: Metadata = { title: "Local services directory" };

/** The directory of local services and training providers the authority (or trust) keeps for its schools. */
export default async function KeptDirectoryPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "services:manage");
  const { services, suggestions } = await keptDirectory(ctx);
  const today = isoDay(londonToday(new Date()));
  const stale = services.filter((s) => s.stale).length;
  const save = saveLocalService.bind(null, trustId);
  return (
    <>
      <PageHeader
        title="Local services directory"
        lead={`Services and training providers ${ctx.trustName} lists for its schools, who see it beside their gaps, plans and action plans. A kept, dated list: entries are flagged 12 months after they were last checked.`}
      />
      <Section title={`Suggested corrections (${suggestions.length})`}>
        {suggestions.length === 0 ? (
          <p className="text-slate-700">No school has suggested a correction that is waiting.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {suggestions.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium">
                  {s.school.name} about {s.service.name}, {formatDate(s.createdAt)}
                </p>
                <p className="my-2 whitespace-pre-line">{s.text}</p>
                <p className="mb-2 text-sm text-slate-700">
                  Accepting records that you agree; change the entry below to make the correction.
                </p>
                <div className="flex flex-wrap gap-3">
                  <ActionButton
                    label="Accept"
                    run={decideServiceSuggestion.bind(null, trustId, {
                      suggestionId: s.id,
                      decision: "ACCEPTED",
                    })}
                  />
                  <ActionButton
                    label="Dismiss"
                    run={decideServiceSuggestion.bind(null, trustId, {
                      suggestionId: s.id,
                      decision: "DISMISSED",
                    })}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Entries (${services.length})`}>
        {stale > 0 && (
          <p className="mb-3 font-medium text-amber-900">
            {stale} {stale === 1 ? "entry was" : "entries were"} last checked over 12 months ago.
          </p>
        )}
        {services.length === 0 ? (
          <EmptyState>
            No entries yet. Add your Mental Health Support Team, children and young people&apos;s mental
            health services with their referral route and threshold, local charities and your own training
            below.
          </EmptyState>
        ) : (
          <ServiceList
            services={services}
            extra={(s) => (
              <div className="flex flex-col gap-3">
                <details>
                  <summary className="cursor-pointer font-medium text-harbour-700">
                    Change <span className="sr-only">{s.name}</span>
                  </summary>
                  <div className="mt-3">
                    <ServiceForm
                      action={save}
                      today={today}
                      entry={{
                        id: s.id,
                        name: s.name,
                        kind: s.kind,
                        tier: s.tier === null ? "" : (String(s.tier) as "1" | "2" | "3"),
                        forWhom: s.forWhom,
                        howToRefer: s.howToRefer,
                        threshold: s.threshold ?? "",
                        website: s.website ?? "",
                        lastCheckedOn: isoDay(s.lastCheckedOn),
                      }}
                    />
                  </div>
                </details>
                <div>
                  <ConfirmButton
                    label="Remove"
                    srLabel={s.name}
                    question={`Remove ${s.name} from the directory?`}
                    confirmLabel="Remove it"
                    action={removeLocalService.bind(null, trustId)}
                    values={{ serviceId: s.id }}
                  />
                </div>
              </div>
            )}
          />
        )}
      </Section>
      <Section title="Add a service">
        <ServiceForm action={save} today={today} />
      </Section>
    </>
  );
}
