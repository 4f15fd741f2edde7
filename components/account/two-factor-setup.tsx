"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { confirmTwoFactor, startTwoFactor } from "@/app/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { reach } from "@/components/ui/reach";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Enrolment } from "@/lib/two-factor/queries";
import { confirmTwoFactorSchema } from "@/lib/two-factor/schemas";
import { RecoveryCodesList } from "./recovery-codes-list";

/** Off, then: a QR code and the key to type, then a code to prove the app has it, then the recovery codes. */
export function TwoFactorSetup() {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  if (codes)
    return (
      <RecoveryCodesList
        codes={codes}
        intro="Two-step sign-in is on. Next time you sign in, Harbour will ask for a code."
        onSaved={() => router.refresh()}
      />
    );

  if (!enrolment)
    return (
      <div className="flex flex-col gap-3">
        <p>
          <strong>Off.</strong> You need an authenticator app on your phone, such as Microsoft Authenticator,
          Google Authenticator or any app that makes 6-digit sign-in codes.
        </p>
        {problem && <Alert tone="error">{problem}</Alert>}
        <Button
          type="button"
          className="self-start"
          busy={starting}
          onClick={async () => {
            setProblem(null);
            setStarting(true);
            const res = await reach(() => startTwoFactor({}));
            setStarting(false);
            if (res.ok) setEnrolment(res.data);
            else setProblem(res.message);
          }}
        >
          Set up two-step sign-in
        </Button>
      </div>
    );

  return <ConfirmStep enrolment={enrolment} onDone={setCodes} />;
}

function ConfirmStep({ enrolment, onDone }: { enrolment: Enrolment; onDone: (codes: string[]) => void }) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    confirmTwoFactorSchema,
    async (values) => {
      const res = await confirmTwoFactor(values);
      if (res.ok) onDone(res.data);
      return res;
    },
    { code: "" },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <ol className="flex list-decimal flex-col gap-3 pl-5">
        <li>
          In your authenticator app, add an account and scan this code.
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img
            src={enrolment.qrCode}
            width={220}
            height={220}
            alt="QR code for adding Harbour to your authenticator app"
            className="mt-2 rounded-md border border-slate-300"
          />
        </li>
        <li>
          Cannot scan it? Choose to type a key instead, and enter:
          <code
            data-testid="manual-key"
            className="mt-1 block break-all rounded bg-slate-100 p-2 font-mono text-lg"
          >
            {enrolment.key}
          </code>
        </li>
        <li>Type the 6-digit code the app now shows for Harbour.</li>
      </ol>
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="setup-code"
        label="Code from the app"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errorOf("code")}
        {...form.register("code")}
      />
      <Button type="submit" className="self-start" busy={busy}>
        Turn on two-step sign-in
      </Button>
    </form>
  );
}
