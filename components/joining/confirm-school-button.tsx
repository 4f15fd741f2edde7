"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { reach, type Reached } from "@/components/ui/reach";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  token: string;
  schoolName: string;
  action: (values: { token: string }) => Promise<ActionResult<{ invitationPath: string }>>;
};

/**
 * Confirms by a click, not by opening the link: mail scanners open links, and must not start a school.
 * Then continues into the invitation's own page, where the account is set up.
 */
export function ConfirmSchoolButton({ token, schoolName, action }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<Reached<ActionResult<unknown>> | null>(null);
  const [busy, start] = useTransition();
  return (
    <div className="flex flex-col gap-4">
      <div aria-live="polite">{failure && !failure.ok && <Alert tone="error">{failure.message}</Alert>}</div>
      <Button
        type="button"
        busy={busy}
        onClick={() =>
          start(async () => {
            const result = await reach(() => action({ token }));
            if (result.ok) router.push(result.data.invitationPath);
            else setFailure(result);
          })
        }
      >
        Start Harbour for {schoolName}
      </Button>
    </div>
  );
}
