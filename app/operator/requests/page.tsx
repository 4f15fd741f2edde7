import type { Metadata } from "next";
import { SchoolRequestList } from "@/components/joining/school-request-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { waitingRequests } from "@/lib/school-requests/operator";
import { requireOperator } from "@/lib/tenancy/guard";
import { decideSchoolRequest } from "./actions";

export const metadata: Metadata = { title: "School requests" };

export default async function SchoolRequestsPage() {
  const ctx = await requireOperator();
  const requests = await waitingRequests(ctx);
  return (
    <>
      <PageHeader
        title="School requests"
        lead="People asking to start Harbour for their school. Check with the school (by its published phone number or address) before you confirm."
      />
      <Section title={`Waiting (${requests.length})`}>
        <SchoolRequestList requests={requests} decide={decideSchoolRequest} />
      </Section>
    </>
  );
}
