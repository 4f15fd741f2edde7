"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "./next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema";
import { NETWORK_MESSAGE, reach } from "@/components/ui/reach";
import { PROVIDER_REQUIRED, PROVIDER_REQUIRED_ERROR } from "@/lib/sso/messages";

// lib/auth/options.ts: the password was right, and the code from the app is needed or was wrong.
const SECOND_STEP_NEEDED = "second-step";
const SECOND_STEP_FAILED = "second-step-failed";
export const CODE_FAILED =
  "That code did not work. Enter the newest code from your authenticator app, or an unused recovery code.";

export const SIGN_IN_FAILED = "That email and password did not work. Check them and try again.";

// lib/auth/options.ts throws "wait:<seconds>" when this email has had too many failed attempts.
const WAIT = /^wait:(\d+)$/;
export const waitMessage = (seconds: number) =>
  `Too many attempts with this email. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;

/**
 * `next` is where to go after signing in (an invitation to accept); the page checks it is one of
 * ours. `file` is a stored file someone opened while signed out: it downloads, and they go home.
 */
export function SignInForm({ next = "/", file }: { next?: string; file?: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // After the right password, for people with two-step sign-in on: the code, then the same sign-in again.
  const [step, setStep] = useState<"password" | "code">("password");
  const { register, handleSubmit, formState, setError, setFocus, resetField } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    if (step === "code" && !values.code?.trim())
      return setError("code", { message: "Enter the code from your authenticator app, or a recovery code." });
    // Offline, next-auth would leave for its error page: say so here instead.
    if (!navigator.onLine) return setFailure(NETWORK_MESSAGE);
    const res = await reach(() => signIn("credentials", { ...values, redirect: false }));
    if (res && "code" in res) return setFailure(res.message); // Harbour could not be reached
    if (!res || res.error) {
      const wait = WAIT.exec(res?.error ?? "");
      if (res?.error === SECOND_STEP_NEEDED) {
        setStep("code");
        setTimeout(() => setFocus("code"), 0);
      } else if (res?.error === SECOND_STEP_FAILED) {
        setError("code", { message: CODE_FAILED });
        resetField("code", { keepError: true });
        setFocus("code");
      } else if (res?.error === PROVIDER_REQUIRED_ERROR) setFailure(PROVIDER_REQUIRED);
      else setFailure(wait ? waitMessage(Number(wait[1])) : SIGN_IN_FAILED);
      return;
    }
    if (file) {
      const link = document.createElement("a");
      link.href = file;
      link.download = "";
      link.click();
    }
    router.replace(next);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failure && <Alert tone="error">{failure}</Alert>}
      {step === "code" && (
        <>
          <h2 className="text-lg font-semibold">Enter your sign-in code</h2>
          <TextField
            id="code"
            label="Code from your authenticator app"
            hint="Open the app on your phone and type the 6-digit code for Harbour. Lost your phone? Type one of your recovery codes instead."
            autoComplete="one-time-code"
            spellCheck={false}
            error={formState.errors.code?.message}
            {...register("code")}
          />
        </>
      )}
      <div className={step === "code" ? "hidden" : "flex flex-col gap-4"}>
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          inputMode="email"
          error={formState.errors.email?.message}
          {...register("email")}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={formState.errors.password?.message}
          {...register("password")}
        />
      </div>
      <Button type="submit" busy={formState.isSubmitting}>
        {step === "code" ? "Continue" : "Sign in"}
      </Button>
      {step === "code" && (
        <button
          type="button"
          className="self-start text-sm text-harbour-700 underline"
          onClick={() => {
            setStep("password");
            resetField("code");
            resetField("password");
          }}
        >
          Start again with a different account
        </button>
      )}
    </form>
  );
}
