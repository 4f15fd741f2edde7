"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { inviteOne } from "@/lib/people/invitations";
import { trustInviteSchema } from "@/lib/people/schemas";
import { saveTrustTargets } from "@/lib/trust/figures";
import { trustSchool } from "@/lib/trust/queries";
import { deleteTrustGroupSchema, trustGroupSchema, trustTargetsSchema } from "@/lib/trust/schemas";
import { deleteTrustGroup, saveTrustGroup } from "@/lib/trust/groups";

export const inviteSchoolLeader = trustAction({
  name: "inviteSchoolLeader",
  permission: "trust:invite-leaders",
  schema: trustInviteSchema,
  run: async ({ schoolId, ...invite }, ctx) => {
    const school = await trustSchool(ctx, schoolId);
    return inviteOne(
      { personId: ctx.personId, schoolId: school.id, schoolName: school.name, trustId: ctx.trustId },
      invite,
    );
  },
});

export const setTrustTargets = trustAction({
  name: "setTrustTargets",
  permission: "trust:set-targets",
  schema: trustTargetsSchema,
  run: async (input, ctx) => {
    const saved = await saveTrustTargets(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}`);
    return saved;
  },
});

export const saveGroup = trustAction({
  name: "saveTrustGroup",
  permission: "trust:manage-groups",
  schema: trustGroupSchema,
  run: async (input, ctx) => {
    const saved = await saveTrustGroup(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}`);
    return saved;
  },
});

export const deleteGroup = trustAction({
  name: "deleteTrustGroup",
  permission: "trust:manage-groups",
  schema: deleteTrustGroupSchema,
  run: async (input, ctx) => {
    const deleted = await deleteTrustGroup(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}`);
    return deleted;
  },
});
