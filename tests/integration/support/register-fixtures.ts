// Register entries written as the owner (as an operator's import would), with URNs no other test uses.
import { ownerDb } from "./fixtures";

let next = 700000 + Math.floor(Math.random() * 200000);

export async function makeRegisterSchool(
  opts: { website?: string | null; statusName?: string; name?: string; typeName?: string } = {},
) {
  const urn = String(next++);
  return ownerDb().registerSchool.create({
    data: {
      urn,
      name: opts.name ?? `Register School ${urn}`,
      typeName: opts.typeName ?? "Academy converter",
      phaseName: "Primary",
      statusName: opts.statusName ?? "Open",
      laCode: "990",
      laName: "Riverside (demo)",
      district: "Riverside North",
      postcode: "RV1 1AA",
      website: opts.website === undefined ? `https://www.school${urn}.example` : opts.website,
      importedAt: new Date(),
    },
  });
}
