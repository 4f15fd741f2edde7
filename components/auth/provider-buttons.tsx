"use client";

import { signIn } from "./next-auth-client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PROVIDER_NAMES, type ProviderId } from "@/lib/sso/claims";

/** One button per configured provider; the provider's page takes over from here. */
export function ProviderButtons({ providers, next }: { providers: ProviderId[]; next: string }) {
  const [leaving, setLeaving] = useState<ProviderId | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      {providers.map((id) => (
        <Button
          key={id}
          type="button"
          variant="secondary"
          busy={leaving === id}
          onClick={() => {
            setLeaving(id);
            void signIn(id, { callbackUrl: next });
          }}
        >
          Sign in with {PROVIDER_NAMES[id]}
        </Button>
      ))}
    </div>
  );
}
