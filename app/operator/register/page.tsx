import type { Metadata } from "next";
import { RegisterImportForm } from "@/components/operators/register-import-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { registerSummary } from "@/lib/register/queries";
import { requireOperator } from "@/lib/tenancy/guard";
import { importRegisterAction } from "../actions";

export const metadata: Metadata = { title: "Register" };

export default async function OperatorRegister() {
  await requireOperator();
  const register = await registerSummary();
  return (
    <>
      <PageHeader
        title="The register of schools"
        lead="Schools start in Harbour from the Department for Education's Get Information About Schools register: their name, phase and local authority come from it."
      />
      <Section title="As last imported">
        <p>
          {register.importedAt
            ? `${register.count} schools, imported ${formatDateTime(register.importedAt)}.`
            : "Not imported yet."}
        </p>
      </Section>
      <Section title="Import or refresh">
        <RegisterImportForm action={importRegisterAction} />
      </Section>
    </>
  );
}
