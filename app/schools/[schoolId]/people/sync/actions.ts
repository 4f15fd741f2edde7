"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { schoolAction } from "@/lib/actions/define";
import { acceptProposals, rejectProposals } from "@/lib/roster-sync/apply";
import { fetchAndPropose, saveConnection, saveRoleMappings } from "@/lib/roster-sync/queries";
import { proposalChoiceSchema, roleMappingSchema, wondeConnectionSchema } from "@/lib/roster-sync/schemas";

// Every roster-sync action is the lead's (people:manage): it reads and changes who is in the school.
const refresh = (schoolId: string) => {
  revalidatePath(`/schools/${schoolId}/people/sync`);
  revalidatePath(`/schools/${schoolId}/people`);
};

export const saveWondeConnection = schoolAction({
  name: "saveWondeConnection",
  permission: "people:manage",
  schema: wondeConnectionSchema,
  run: async (input, ctx) => {
    const out = await saveConnection(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});

export const fetchFromWonde = schoolAction({
  name: "fetchFromWonde",
  permission: "people:manage",
  schema: z.object({}),
  run: async (_input, ctx) => {
    const out = await fetchAndPropose(ctx);
    refresh(ctx.schoolId);
    return { staffCount: out.staffCount };
  },
});

export const saveRosterRoleMappings = schoolAction({
  name: "saveRosterRoleMappings",
  permission: "people:manage",
  schema: roleMappingSchema,
  run: async (input, ctx) => {
    const out = await saveRoleMappings(ctx, input.mappings);
    refresh(ctx.schoolId);
    return out;
  },
});

export const acceptRosterProposals = schoolAction({
  name: "acceptRosterProposals",
  permission: "people:manage",
  schema: proposalChoiceSchema,
  run: async (input, ctx) => {
    const out = await acceptProposals(ctx, input.keys);
    refresh(ctx.schoolId);
    return out;
  },
});

export const rejectRosterProposals = schoolAction({
  name: "rejectRosterProposals",
  permission: "people:manage",
  schema: proposalChoiceSchema,
  run: async (input, ctx) => {
    const out = await rejectProposals(ctx, input.keys);
    refresh(ctx.schoolId);
    return out;
  },
});
