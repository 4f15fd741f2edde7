"use client";

import { signIn } from "./next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { passkeyChallenge } from "@/app/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach } from "@/components/ui/reach";
import { useWebAuthn } from "@/components/ui/use-webauthn";
import { PROVIDER_REQUIRED, PROVIDER_REQUIRED_ERROR } from "@/lib/sso/messages";

const FAILED = "That passkey did not sign you in. Try again, or use your email and password.";

/** Signs in with a passkey on this device: no email needed, and nothing said about any account. */
export function PasskeySignIn({ next = "/" }: { next?: string }) {
  const router = useRouter();
  const supported = useWebAuthn();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!supported) return null;

  async function go() {
    setFailure(null);
    setBusy(true);
    try {
      const options = await reach(() => passkeyChallenge({}));
      if (!options.ok) return setFailure(options.message);
      // Loaded on use, like next-auth's client (decision 0046): most people sign in with a password.
      const { startAuthentication } = await import("@simplewebauthn/browser");
      const response = await startAuthentication({ optionsJSON: options.data }).catch(() => null);
      if (!response) return setFailure("The passkey request was cancelled or timed out.");
      const res = await reach(() =>
        signIn("passkey", { response: JSON.stringify(response), redirect: false }),
      );
      if (res && "code" in res) return setFailure(res.message);
      if (!res || res.error)
        return setFailure(res?.error === PROVIDER_REQUIRED_ERROR ? PROVIDER_REQUIRED : FAILED);
      router.replace(next);
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {failure && <Alert tone="error">{failure}</Alert>}
      <Button type="button" variant="secondary" busy={busy} onClick={go}>
        Sign in with a passkey
      </Button>
    </div>
  );
}
