import type { Metadata } from "next";
import Link from "next/link";
import { SchemeEditor } from "@/components/accreditation/scheme-editor";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { trustSchemeScreen } from "@/lib/accreditation/trust-scheme";
import { formatDate } from "@/lib/format";
import { requireTrust } from "@/lib/tenancy/guard";
import { publishAccreditationScheme } from "../actions";

export const metadata: Metadata = { title: "The trust's accreditation scheme" };

type Props = { params: Promise<{ trustId: string }>; searchParams: Promise<{ from?: string | string[] }> };

/** The trust's own accreditation scheme: adopt Harbour's as a copy, edit it, publish versions. */
export default async function TrustSchemePage({ params, searchParams }: Props) {
  const { trustId } = await params;
  const { from } = await searchParams;
  const ctx = await requireTrust(trustId, "accreditation:manage");
  const screen = await trustSchemeScreen(ctx, from === "harbour" ? "harbour" : undefined);
  const { inForce, own, start, versions } = screen;
  const base = `/trusts/${trustId}/accreditation/scheme`;
  return (
    <>
      <PageHeader
        title="The trust's accreditation scheme"
        lead={
          own
            ? `Schools in the trust self-evaluate against ${inForce.name}, version ${inForce.version}.`
            : `Schools in the trust self-evaluate against Harbour's scheme (version ${screen.harbourVersion}). Adopt it to make it the trust's own and change its words.`
        }
        actions={
          <Link href={`/trusts/${trustId}/accreditation`} className="underline">
            Back to accreditation
          </Link>
        }
      />
      <Section title="Versions">
        {versions.length === 0 ? (
          <EmptyState>The trust has no scheme of its own yet: its schools use Harbour&apos;s.</EmptyState>
        ) : (
          <table className="w-full text-left">
            <caption className="sr-only">The trust&apos;s scheme versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">What changed</th>
                <th scope="col">Submitted self-evaluations</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} className="border-t border-slate-200 align-top">
                  <td>{v.version}</td>
                  <td>{formatDate(v.createdAt)}</td>
                  <td>{v.changeSummary}</td>
                  <td>{v.submissions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-3 text-sm text-slate-700">
          A self-evaluation keeps the version it started on; new ones use the latest.
        </p>
      </Section>
      <Section title={own ? "Edit and publish a new version" : "Adopt Harbour's scheme"}>
        <p className="mb-3">
          {start.trustId === null
            ? `Starting from Harbour's scheme, version ${start.version}. `
            : `Starting from the trust's version ${start.version}. `}
          Change any words; each strand keeps three to six criteria.{" "}
          {own && start.trustId !== null && (
            <Link href={`${base}?from=harbour`} className="underline">
              Start again from Harbour&apos;s scheme
            </Link>
          )}
          {own && start.trustId === null && (
            <Link href={base} className="underline">
              Start from the trust&apos;s latest version instead
            </Link>
          )}
        </p>
        <SchemeEditor
          key={start.id}
          start={start}
          mode={own ? "edit" : "adopt"}
          publish={publishAccreditationScheme.bind(null, trustId)}
        />
      </Section>
    </>
  );
}
