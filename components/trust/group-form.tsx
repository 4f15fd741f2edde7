"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { trustGroupSchema, type TrustGroupInput } from "@/lib/trust/schemas";

type Props = {
  /** The group being changed, or none for a new one. */
  group?: { id: string; name: string; schoolIds: string[] };
  schools: { id: string; name: string }[];
  action: (values: TrustGroupInput) => Promise<ActionResult<{ id: string; name: string }>>;
};

/** Names a group of the trust's schools and chooses its schools. */
export function GroupForm({ group, schools, action }: Props) {
  const idBase = group ? `group-${group.id}` : "group-new";
  const { form, onSubmit, result, errorOf, busy } = useActionForm(trustGroupSchema, action, {
    groupId: group?.id,
    name: group?.name ?? "",
    schoolIds: group?.schoolIds ?? [],
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && <Alert tone="success">Group “{result.data.name}” saved.</Alert>}
      <TextField
        id={`${idBase}-name`}
        label="Group name"
        hint="For example North hub, or Primary schools in Leeds."
        error={errorOf("name")}
        {...form.register("name")}
      />
      <ChoiceGroup
        id={`${idBase}-schools`}
        legend="Schools in the group"
        type="checkbox"
        columns
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
        error={errorOf("schoolIds")}
        input={form.register("schoolIds")}
      />
      <div>
        <Button type="submit" busy={busy}>
          {group ? "Save the group" : "Make the group"}
        </Button>
      </div>
    </form>
  );
}
