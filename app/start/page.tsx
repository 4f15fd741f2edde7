import type { Metadata } from "next";
import Link from "next/link";
import { StartSchoolForm } from "@/components/joining/start-school-form";
import { lookUpAction, requestSchoolAction } from "./actions";

export const metadata: Metadata = { title: "Start Harbour for your school" };

export default function StartPage() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-harbour-700">Harbour</p>
      <h1 className="mb-2 text-2xl font-semibold">Start Harbour for your school</h1>
      <p className="mb-6 text-slate-700">
        For a senior mental health lead or head whose school does not use Harbour yet. We check the school in
        the national register, then confirm with you by email at the school&apos;s own address.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <StartSchoolForm lookUp={lookUpAction} request={requestSchoolAction} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        Already invited?{" "}
        <Link href="/sign-in" className="text-harbour-700 underline">
          Sign in
        </Link>
        .
      </p>
    </main>
  );
}
