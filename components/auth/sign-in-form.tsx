"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema";
import { NETWORK_MESSAGE, reach } from "@/components/ui/reach";
import { PROVIDER_REQUIRED, PROVIDER_REQUIRED_ERROR } from "@/lib/sso/messages";

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
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    // Offline, next-auth would leave for its error page: say so here instead.
    if (!navigator.onLine) return setFailure(NETWORK_MESSAGE);
    const res = await reach(() => signIn("credentials", { ...values, redirect: false }));
    if (res && "code" in res) return setFailure(res.message); // Harbour could not be reached
    if (!res || res.error) {
      const wait = WAIT.exec(res?.error ?? "");
      if (res?.error === PROVIDER_REQUIRED_ERROR) setFailure(PROVIDER_REQUIRED);
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
      <Button type="submit" busy={formState.isSubmitting}>
        Sign in
      </Button>
    </form>
  );
}
