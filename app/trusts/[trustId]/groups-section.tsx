import { GroupForm } from "@/components/trust/group-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Section } from "@/components/ui/page-header";
import { deleteGroup, saveGroup } from "./actions";

type Props = {
  trustId: string;
  groups: { id: string; name: string; schools: { schoolId: string }[] }[];
  schools: { id: string; name: string }[];
};

/** The trust's named groups of schools: each can be changed or deleted, and a new one made. */
export function GroupsSection({ trustId, groups, schools }: Props) {
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const save = saveGroup.bind(null, trustId);
  return (
    <Section title="Groups of schools">
      <p className="mb-3 text-slate-700">
        Name groups of schools, such as a hub or an area, to see them side by side in the overview and the
        heatmap.
      </p>
      {groups.length === 0 ? (
        <p className="mb-4 text-slate-700">No groups yet.</p>
      ) : (
        <ul className="mb-6 flex flex-col gap-4">
          {groups.map((g) => {
            const inGroup = g.schools.map((s) => s.schoolId).filter((id) => names.has(id));
            return (
              <li key={g.id} className="rounded-md border border-slate-300 p-3">
                <h3 className="font-semibold">{g.name}</h3>
                <p className="text-sm text-slate-700">
                  {inGroup.map((id) => names.get(id)).join(", ") || "No schools of the trust now"}
                </p>
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 text-harbour-700 underline">
                    Change {g.name}
                  </summary>
                  <GroupForm
                    group={{ id: g.id, name: g.name, schoolIds: inGroup }}
                    schools={schools}
                    action={save}
                  />
                </details>
                <div className="mt-2">
                  <ConfirmButton
                    label="Delete the group"
                    srLabel={g.name}
                    question={`Delete the group ${g.name}? Its schools stay in the trust.`}
                    confirmLabel="Delete it"
                    action={deleteGroup.bind(null, trustId)}
                    values={{ groupId: g.id }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="mb-2 font-semibold">Make a group</h3>
      <GroupForm schools={schools} action={save} />
    </Section>
  );
}
