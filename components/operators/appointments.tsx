import type { Appointment } from "@/lib/operators/queries";
import { ROLE_LABELS } from "@/lib/people/labels";

const STATE: Record<Appointment["state"], string> = {
  accepted: "joined",
  waiting: "invited, not joined yet",
  expired: "invitation expired: invite again",
};

/** Who this operator invited to lead a place, and whether they have joined; never anyone else there. */
export function Appointments({ appointments }: { appointments: Appointment[] }) {
  if (appointments.length === 0)
    return <span className="text-slate-700">You have not invited a leader here</span>;
  return (
    <ul>
      {appointments.map((a) => (
        <li key={`${a.email}-${a.role}`}>
          {ROLE_LABELS[a.role]}: <span className="break-all">{a.email}</span> ({STATE[a.state]})
        </li>
      ))}
    </ul>
  );
}
