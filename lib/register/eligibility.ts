// Whether a register school may be asked to join a trust, or started in Harbour, in words. Pure.
import { isOpen } from "./phase";
import type { RegisterEntry } from "./gias";

type Entry = Pick<RegisterEntry, "urn" | "name" | "statusName">;
/** The school as Harbour already holds it, if it does. */
type Held = { trustId: string | null } | null;

export const notInRegister = (urn: string) =>
  `There is no school with URN ${urn} in the register. Check the number on Get Information About Schools.`;

const closed = (entry: Entry) => `The register lists ${entry.name} as closed, so it cannot join Harbour.`;

/** For a trust leader adding a school: null when the trust may ask it to join. */
export function trustJoinRefusal(
  urn: string,
  entry: Entry | null,
  held: Held,
  trustId: string,
  alreadyAsked: boolean,
): string | null {
  if (!entry) return notInRegister(urn);
  if (!isOpen(entry)) return closed(entry);
  if (held?.trustId === trustId) return `${entry.name} is already in this trust.`;
  if (held?.trustId) return `${entry.name} belongs to another trust in Harbour.`;
  if (alreadyAsked) return `You have already asked ${entry.name} to join. Its head has not answered yet.`;
  return null;
}

/** For someone starting Harbour for their school: null when it may be requested. */
export function schoolRequestRefusal(urn: string, entry: Entry | null, held: Held): string | null {
  if (!entry) return notInRegister(urn);
  if (!isOpen(entry)) return closed(entry);
  if (held)
    return `${entry.name} already uses Harbour: ask its senior mental health lead or head for an invitation.`;
  return null;
}

/** For an operator adding a school: null when it may start. */
export function operatorAddRefusal(urn: string, entry: Entry | null, held: Held): string | null {
  if (!entry) return notInRegister(urn);
  if (!isOpen(entry)) return closed(entry);
  if (held) return `${entry.name} is already in Harbour.`;
  return null;
}
