import type { Metadata } from "next";
import { AddSchoolForm } from "@/components/joining/add-school-form";
import { JoinRequestList } from "@/components/joining/join-request-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustJoinRequests } from "@/lib/trust-joins/queries";
import { addSchool } from "./actions";

export const metadata: Metadata = { title: "Add schools" };

export default async function TrustSchoolsPage({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "trust:add-schools");
  const requests = await trustJoinRequests(ctx);
  return (
    <>
      <PageHeader
        title="Add schools"
        lead="Add a school by its URN from the national register. It joins the trust only when its head accepts."
      />
      <Section title="Add a school">
        <AddSchoolForm action={addSchool.bind(null, trustId)} />
      </Section>
      <Section title="Schools asked to join">
        <JoinRequestList requests={requests} />
      </Section>
    </>
  );
}
