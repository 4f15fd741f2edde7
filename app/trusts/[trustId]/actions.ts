"use server";

import { trustAction } from "@/lib/actions/define";
import { inviteOne } from "@/lib/people/invitations";
import { trustInviteSchema } from "@/lib/people/schemas";
import { trustSchool } from "@/lib/trust/queries";

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
