// The job-roles-to-tiers form: one zod schema, used by the browser and the server action.
import { z } from "zod";
import type { JobRole } from "../generated/prisma/enums";
import { JOB_ROLE_KEYS, type Tier } from "./index";

const tier = z.union([z.literal(1), z.literal(2), z.literal(3)], "Choose tier 1, 2 or 3.");

// Every job role must be given (an exhaustive record), so a save always states the whole mapping.
export const jobRoleTiersSchema = z.object({
  tiers: z.record(z.enum(JOB_ROLE_KEYS as [JobRole, ...JobRole[]]), tier),
});
export type JobRoleTiersInput = z.input<typeof jobRoleTiersSchema>;
export type JobRoleTierMap = Record<JobRole, Tier>;

export const resetJobRoleTiersSchema = z.object({});
