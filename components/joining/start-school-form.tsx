"use client";

import { useEffect, useRef, useState } from "react";
import { JOB_ROLE_OPTIONS } from "@/components/people/options";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { SchoolLookUp } from "@/lib/school-requests/queries";
import {
  lookUpSchema,
  schoolRequestSchema,
  type LookUpInput,
  type SchoolRequestInput,
} from "@/lib/school-requests/schemas";

type Made = { confirmBy: "email" | "operator"; email: string };
type Props = {
  lookUp: (values: LookUpInput) => Promise<ActionResult<SchoolLookUp>>;
  request: (values: SchoolRequestInput) => Promise<ActionResult<Made>>;
};

/** Step one finds the school in the register; step two, once it is the right one, asks who is asking. */
export function StartSchoolForm({ lookUp, request }: Props) {
  const [school, setSchool] = useState<SchoolLookUp | null>(null);
  return school ? (
    <RequestStep school={school} request={request} back={() => setSchool(null)} />
  ) : (
    <LookUpStep lookUp={lookUp} found={setSchool} />
  );
}

function LookUpStep({ lookUp, found }: { lookUp: Props["lookUp"]; found: (s: SchoolLookUp) => void }) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(lookUpSchema, lookUp, { urn: "" });
  useEffect(() => {
    if (result?.ok) found(result.data);
  }, [result, found]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Find your school</h2>
      <div aria-live="polite">
        {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      </div>
      <TextField
        id="start-urn"
        label="Your school's URN"
        inputMode="numeric"
        autoComplete="off"
        hint="Six digits. Find it on Get Information About Schools (get-information-schools.service.gov.uk)."
        error={errorOf("urn")}
        {...form.register("urn")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Find school
        </Button>
      </div>
    </form>
  );
}

function RequestStep({
  school,
  request,
  back,
}: {
  school: SchoolLookUp;
  request: Props["request"];
  back: () => void;
}) {
  const schema = schoolRequestSchema(school.domain);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(schema, request, {
    urn: school.urn,
    requesterName: "",
    jobRole: "SENIOR_MH_LEAD",
    email: "",
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (result?.ok) return <Made school={school} made={result.data} />;
  const place = [school.district, school.laName, school.postcode].filter(Boolean).join(", ");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
        Is this your school?
      </h2>
      <dl
        className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md bg-harbour-50 p-3"
        data-testid="register-school"
      >
        <dt className="text-slate-700">School</dt>
        <dd className="font-medium">{school.name}</dd>
        <dt className="text-slate-700">Type</dt>
        <dd>{school.typeName}</dd>
        <dt className="text-slate-700">Where</dt>
        <dd>{place}</dd>
        <dt className="text-slate-700">URN</dt>
        <dd>{school.urn}</dd>
      </dl>
      <p>
        <button type="button" onClick={back} className="text-harbour-700 underline">
          Not this school? Look up another URN
        </button>
      </p>
      <p className="text-slate-700">
        {school.confirmBy === "email"
          ? `We email a confirmation link to your address at ${school.domain}.`
          : school.domain
            ? `A Harbour operator checks your request with the school, then confirms it. Use your address at ${school.domain}.`
            : "The register has no website for this school, so we cannot check an email address on its domain: a Harbour operator checks your request with the school, then confirms it."}
      </p>
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="start-name"
          label="Your name"
          autoComplete="name"
          error={errorOf("requesterName")}
          {...form.register("requesterName")}
        />
        <SelectField
          id="start-job"
          label="Your job role"
          options={JOB_ROLE_OPTIONS}
          error={errorOf("jobRole")}
          {...form.register("jobRole")}
        />
      </div>
      <TextField
        id="start-email"
        label="Your school email address"
        type="email"
        autoComplete="email"
        hint={school.domain ? `An address at ${school.domain}.` : undefined}
        error={errorOf("email")}
        {...form.register("email")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Ask to start Harbour
        </Button>
      </div>
    </form>
  );
}

function Made({ school, made }: { school: SchoolLookUp; made: Made }) {
  return (
    <div role="status">
      <h2 className="mb-2 text-lg font-semibold">Request sent</h2>
      {made.confirmBy === "email" ? (
        <p>
          We have emailed a link to {made.email}. Open it within 24 hours to start Harbour for {school.name};
          it works once.
        </p>
      ) : (
        <p>
          A Harbour operator will check your request for {school.name} with the school. When it is confirmed,
          you will get a link to set up your account as the school&apos;s senior mental health lead.
        </p>
      )}
    </div>
  );
}
