import type { Metadata } from "next";
import Link from "next/link";
import { Passkeys } from "@/components/account/passkeys";
import { RecoveryCodesForm } from "@/components/account/recovery-codes-form";
import { TurnOffForm } from "@/components/account/turn-off-form";
import { TwoFactorSetup } from "@/components/account/two-factor-setup";
import { AccountShell } from "@/components/account/account-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireSignedIn } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listPasskeys } from "@/lib/passkeys/queries";
import { twoFactorStatus } from "@/lib/two-factor/queries";
import { RECOVERY_CODE_COUNT } from "@/lib/two-factor/recovery-codes";
import { mustSetUpSecondStep } from "@/lib/two-factor/requirement";

export const metadata: Metadata = { title: "Sign-in and security" };

/** A person's own sign-in security: open to everyone signed in, and where leaders set up two-step sign-in first. */
export default async function SecurityPage() {
  const { personId, via } = await requireSignedIn();
  const [status, passkeys, required] = await Promise.all([
    twoFactorStatus({ personId }),
    listPasskeys({ personId }),
    mustSetUpSecondStep(personId, via),
  ]);
  return (
    <AccountShell personId={personId} current="/account/security">
      <PageHeader
        title="Sign-in and security"
        lead="Two-step sign-in asks for a code from an app on your phone after your password, so a stolen password is not enough."
      />
      {required && (
        <div className="mb-6">
          <Alert tone="info">
            Your role in Harbour lets you see other people&apos;s answers, so your account needs two-step
            sign-in. Set it up below to carry on.
          </Alert>
        </div>
      )}
      <Section title="Two-step sign-in">
        {status.state === "on" ? (
          <div className="flex flex-col gap-2">
            <p>
              <strong>On</strong> since {formatDate(status.since)}. Harbour asks for a code from your
              authenticator app each time you sign in with your password.
            </p>
            <p>
              {status.recoveryCodesLeft} of {RECOVERY_CODE_COUNT} recovery codes unused.
              {status.recoveryCodesLeft <= 3 && " Make new ones soon, so you are never locked out."}
            </p>
            <p>
              <Link href="/" className="text-harbour-700 underline">
                Go to your home page
              </Link>
            </p>
          </div>
        ) : (
          <TwoFactorSetup />
        )}
      </Section>
      {status.state === "on" && (
        <>
          <Section title="Recovery codes">
            <RecoveryCodesForm />
          </Section>
          <Section title="Turn off two-step sign-in">
            <TurnOffForm />
          </Section>
        </>
      )}
      <Section title="Passkeys">
        <Passkeys
          passkeys={passkeys.map((p) => ({
            id: p.id,
            name: p.name,
            added: formatDate(p.createdAt),
            lastUsed: p.lastUsedAt ? formatDate(p.lastUsedAt) : null,
          }))}
        />
      </Section>
    </AccountShell>
  );
}
