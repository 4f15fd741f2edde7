"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { reminderChannelSchema, type ReminderChannelInput } from "@/lib/reminders/forms";
import type { Channel } from "@/lib/reminders/queries";

type Props = {
  current: Channel;
  action: (values: ReminderChannelInput) => Promise<ActionResult<{ channel: Channel }>>;
};

export const CHANNEL_WORDS: Record<Channel, string> = {
  EMAIL_AND_APP: "You get reminders by email and in Harbour.",
  APP_ONLY: "You get reminders in Harbour only.",
};

export function ReminderChannelForm({ current, action }: Props) {
  const { form, onSubmit, result, errorOf, busy } = useActionForm(reminderChannelSchema, action, {
    channel: current,
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="How you get reminders" className="flex flex-col gap-4">
      <ChoiceGroup
        id="reminder-channel"
        legend="How you get reminders"
        hint="Reminders always appear in Harbour, whichever you choose. This applies in every school you belong to."
        type="radio"
        options={[
          { value: "EMAIL_AND_APP", label: "By email and in Harbour" },
          { value: "APP_ONLY", label: "In Harbour only", description: "No reminder emails." },
        ]}
        error={errorOf("channel")}
        input={form.register("channel")}
      />
      <div>
        <Button type="submit" busy={busy}>
          Save
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Saved. {CHANNEL_WORDS[result.data.channel]}</Alert>}
      </div>
    </form>
  );
}
