"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { inviteOne } from "@/lib/people/invitations";
import { changeMembership, importRoster, removeMembership, requireAssignable } from "@/lib/people/queries";
import {
  changeMembershipSchema,
  inviteSchema,
  removeMembershipSchema,
  rosterImportSchema,
} from "@/lib/people/schemas";

export const invitePerson = schoolAction({
  name: "invitePerson",
  permission: "people:manage",
  schema: inviteSchema,
  run: async (input, ctx) => {
    requireAssignable(ctx, input.role);
    const issued = await inviteOne(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/people`);
    return issued;
  },
});

export const importPeople = schoolAction({
  name: "importPeople",
  permission: "people:manage",
  schema: rosterImportSchema,
  run: async (input, ctx) => {
    const result = await importRoster(ctx, input.csv);
    if (result.imported > 0) revalidatePath(`/schools/${ctx.schoolId}/people`);
    return result;
  },
});

export const changePerson = schoolAction({
  name: "changePerson",
  permission: "people:manage",
  schema: changeMembershipSchema,
  run: async (input, ctx) => {
    const out = await changeMembership(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/people`);
    return out;
  },
});

export const removePerson = schoolAction({
  name: "removePerson",
  permission: "people:manage",
  schema: removeMembershipSchema,
  run: async (input, ctx) => {
    const out = await removeMembership(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/people`);
    return out;
  },
});
