"use server";

import { publicAction } from "@/lib/actions/define";
import { acceptInvitation } from "@/lib/people/invitations";
import { acceptInvitationSchema } from "@/lib/people/schemas";

export const acceptInvitationAction = publicAction({
  name: "acceptInvitation",
  schema: acceptInvitationSchema,
  run: (input) => acceptInvitation(input),
});
