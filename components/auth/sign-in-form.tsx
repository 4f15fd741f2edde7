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



export const SIGN_IN_FAILED = "That email and password did not work. Check them and try again, or wait a few minutes.";

export function SignInForm() {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setFailed(true);
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && <Alert tone="error">{SIGN_IN_FAILED}</Alert>}
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
