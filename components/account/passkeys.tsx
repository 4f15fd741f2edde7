"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deletePasskey, passkeyOptions, renameMyPasskey, savePasskey } from "@/app/account/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/page-header";
import { useActionForm } from "@/components/ui/use-action-form";
import { useWebAuthn } from "@/components/ui/use-webauthn";
import { addPasskeyNameSchema, renamePasskeySchema } from "@/lib/passkeys/schemas";

export type PasskeyRow = { id: string; name: string; added: string; lastUsed: string | null };

/** A person's passkeys: each signs them in on its own, after the device's PIN, fingerprint or face. */
export function Passkeys({ passkeys }: { passkeys: PasskeyRow[] }) {
  // A new form (empty name) after each passkey added; the confirmation stays above it.
  const [added, setAdded] = useState<{ name: string; round: number } | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <p>
        A passkey lets this device sign you in without your password: your phone or computer checks it is you
        with its PIN, fingerprint or face.
      </p>
      {passkeys.length === 0 ? (
        <EmptyState>You have no passkeys yet.</EmptyState>
      ) : (
        <ul
          aria-label="Your passkeys"
          className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200"
        >
          {passkeys.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div>
                <p className="font-medium">{p.name}</p>
                <p className="text-sm text-slate-700">
                  Added {p.added}
                  {p.lastUsed ? `; last used ${p.lastUsed}` : "; not used yet"}
                </p>
              </div>
              <RenamePasskey passkey={p} />
              <ConfirmButton
                label="Remove"
                srLabel={p.name}
                question={`Remove the passkey "${p.name}"?`}
                confirmLabel="Remove passkey"
                action={deletePasskey}
                values={{ id: p.id }}
              />
            </li>
          ))}
        </ul>
      )}
      {added && <Alert tone="success">Passkey &ldquo;{added.name}&rdquo; added.</Alert>}
      <AddPasskey
        key={added?.round ?? 0}
        onAdded={(name) => setAdded((a) => ({ name, round: (a?.round ?? 0) + 1 }))}
      />
    </div>
  );
}

/** A new name for one passkey, behind a disclosure so the list stays short. */
function RenamePasskey({ passkey }: { passkey: PasskeyRow }) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(renamePasskeySchema, renameMyPasskey, {
    id: passkey.id,
    name: passkey.name,
  });
  return (
    <details className="basis-full sm:basis-auto">
      <summary className="cursor-pointer text-sm font-medium text-harbour-700 underline">
        Rename<span className="sr-only"> {passkey.name}</span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-2">
        {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Renamed.</Alert>}
        <input type="hidden" {...form.register("id")} />
        <TextField
          id={`passkey-name-${passkey.id}`}
          label="New name"
          autoComplete="off"
          error={errorOf("name")}
          {...form.register("name")}
        />
        <Button type="submit" variant="secondary" className="self-start" busy={busy}>
          Save the name
        </Button>
      </form>
    </details>
  );
}

const CANCELLED =
  "The passkey was not made: the request was cancelled or timed out. Try again when you are ready.";

function AddPasskey({ onAdded }: { onAdded: (name: string) => void }) {
  const router = useRouter();
  const supported = useWebAuthn();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    addPasskeyNameSchema,
    async (values) => {
      const options = await passkeyOptions({});
      if (!options.ok) return options;
      const response = await startRegistration({ optionsJSON: options.data }).catch(() => null);
      if (!response) return { ok: false as const, code: "invalid" as const, message: CANCELLED };
      const saved = await savePasskey({ name: values.name, response });
      if (saved.ok) {
        onAdded(saved.data.name);
        router.refresh();
      }
      return saved;
    },
    { name: "" },
  );
  if (!supported) return <p className="text-slate-700">This browser cannot make passkeys.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="passkey-name"
        label="Name for a new passkey"
        hint="Something to tell it apart, such as the device it is on."
        autoComplete="off"
        error={errorOf("name")}
        {...form.register("name")}
      />
      <Button type="submit" variant="secondary" className="self-start" busy={busy}>
        Add a passkey
      </Button>
    </form>
  );
}
