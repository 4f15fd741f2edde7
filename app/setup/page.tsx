import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { FirstOperatorForm } from "@/components/operators/first-operator-form";
import { needsSetup } from "@/lib/operators/first-run";
import { createFirstOperatorAction } from "./actions";

export const metadata: Metadata = { title: "Set up Harbour" };

/** Only while the server has no operator; afterwards this address goes to sign-in. */
export default async function SetupPage() {
  await connection(); // read at request time: whether an operator exists changes after the build
  if (!(await needsSetup())) redirect("/sign-in");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-2 text-2xl font-semibold">Set up this Harbour server</h1>
      <p className="mb-4 text-slate-700">
        You are the first person here, so you will run this server: you add trusts, local authorities and
        schools, and invite their first leaders. You will not see any school&apos;s staff or answers.
      </p>
      <p className="mb-6 text-slate-700">
        The setup code was printed where Harbour was started (<code>npm run app</code>), or print it on the
        server with <code>npm run setup -- --code</code>.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <FirstOperatorForm action={createFirstOperatorAction} />
      </div>
    </main>
  );
}
