// The one zod schema per form: the browser validates with it through react-hook-form, the server action again.
import { z } from "zod";
import { passwordSchema, withPasswordConfirmed } from "../auth/password-rules";
import { uploadText } from "../csv/limits";
import { oneLine } from "../text";
import { JobRole, MembershipRole } from "../generated/prisma/enums";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((e) => e.toLowerCase());

export const personNameSchema = oneLine(
  z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters."),
);

export const jobRoleSchema = z.enum(JobRole, { error: "Choose a job role." });
export const schoolRoleSchema = z.enum([MembershipRole.STAFF, MembershipRole.LEAD, MembershipRole.HEAD], {
  error: "Choose a role.",
});

export const inviteSchema = z.object({
  email: emailSchema,
  name: personNameSchema.optional().or(z.literal("").transform(() => undefined)),
  role: schoolRoleSchema,
  jobRole: jobRoleSchema,
});
export type InviteInput = z.input<typeof inviteSchema>;

/** A trust leader invites leads and heads into one of the trust's schools. */
export const trustInviteSchema = inviteSchema.extend({
  schoolId: z.string().min(1, "Choose a school."),
  role: z.enum([MembershipRole.LEAD, MembershipRole.HEAD], { error: "Choose lead or head." }),
});
export type TrustInviteInput = z.input<typeof trustInviteSchema>;

export const changeMembershipSchema = z.object({
  membershipId: z.string().min(1),
  role: schoolRoleSchema,
  jobRole: jobRoleSchema,
});
export type ChangeMembershipInput = z.input<typeof changeMembershipSchema>;

export const removeMembershipSchema = z.object({ membershipId: z.string().min(1) });

export const acceptInvitationSchema = withPasswordConfirmed(
  z.object({
    token: z.string().min(20).max(100),
    name: personNameSchema,
    password: passwordSchema,
    confirmPassword: z.string(),
  }),
);
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const rosterImportSchema = z.object({ csv: uploadText("Choose a CSV file.") });
