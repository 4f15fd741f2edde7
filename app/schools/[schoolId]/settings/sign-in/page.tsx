import type { Metadata } from "next";
import { LinkDomainForm } from "@/components/sso/link-domain-form";
import { ProviderSettingsForm } from "@/components/sso/provider-settings-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { PROVIDER_NAMES } from "@/lib/sso/claims";
import { loadSignInSettings } from "@/lib/sso/settings";
import { requireSchool } from "@/lib/tenancy/guard";
import { linkEmailDomain, saveSignInProviders, unlinkEmailDomain } from "./actions";

export const metadata: Metadata = { title: "Sign-in" };

/** The lead links the school's email domains and accounts; the head reads them. */
export default async function SignInSettingsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "school:view");
  const s = await loadSignInSettings(ctx);
  const manages = can(ctx.role, "sign-in:manage");
  const configured = s.configured.map((id) => PROVIDER_NAMES[id]).join(" and ");
  return (
    <>
      <PageHeader
        title="Sign-in"
        lead="Staff whose school email is on a linked domain can sign in with their school Microsoft or Google account instead of a Harbour password."
      />
      <Section title="Email domains">
        {s.domains.length === 0 ? (
          <p className="mb-4 text-slate-700">No domains linked yet.</p>
        ) : (
          <ul className="mb-4 flex flex-col divide-y divide-slate-200">
            {s.domains.map((d) => (
              <li key={d.domain} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{d.domain}</span>
                  <span className="block text-sm text-slate-700">Linked {formatDate(d.linkedAt)}</span>
                </span>
                {manages && (
                  <ConfirmButton
                    label="Unlink"
                    srLabel={d.domain}
                    question={`Unlink ${d.domain}? Staff on it can then sign in only with a password.`}
                    confirmLabel="Unlink"
                    action={unlinkEmailDomain.bind(null, schoolId)}
                    values={{ domain: d.domain }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {manages && <LinkDomainForm ownDomain={s.ownDomain} action={linkEmailDomain.bind(null, schoolId)} />}
      </Section>
      <Section title="Microsoft and Google accounts">
        <p className="mb-4 text-slate-700">
          {configured
            ? `This Harbour is set up to sign in with ${configured}.`
            : "This Harbour is not set up for Microsoft or Google sign-in yet: its operator adds them."}
        </p>
        {manages ? (
          <ProviderSettingsForm
            initial={{
              microsoftTenantId: s.microsoftTenantId ?? "",
              googleHostedDomain: s.googleHostedDomain ?? "",
              requireProvider: s.requireProvider,
            }}
            domains={s.domains.map((d) => d.domain)}
            action={saveSignInProviders.bind(null, schoolId)}
          />
        ) : (
          <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
            <dt className="font-medium">Microsoft directory (tenant) ID</dt>
            <dd>{s.microsoftTenantId ?? "Not linked"}</dd>
            <dt className="font-medium">Google Workspace domain</dt>
            <dd>{s.googleHostedDomain ?? "Not linked"}</dd>
            <dt className="font-medium">Staff must use them</dt>
            <dd>{s.requireProvider ? "Yes" : "No"}</dd>
          </dl>
        )}
      </Section>
    </>
  );
}
