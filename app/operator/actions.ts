"use server";

import { revalidatePath } from "next/cache";
import { operatorAction } from "@/lib/actions/define";
import {
  addOrganisationSchema,
  addSchoolSchema,
  appointSchema,
  registerImportSchema,
  removeDemoSchema,
} from "@/lib/operators/schemas";
import { addOrganisation, addSchool, appointLeader, importRegister, removeDemo } from "@/lib/operators/write";

export const importRegisterAction = operatorAction({
  name: "importRegister",
  permission: "instance:manage",
  schema: registerImportSchema,
  run: async ({ csv }, ctx) => {
    const done = await importRegister(ctx, csv);
    revalidatePath("/operator", "layout");
    return done;
  },
});

export const addSchoolAction = operatorAction({
  name: "addSchool",
  permission: "instance:manage",
  schema: addSchoolSchema,
  run: async ({ urn }, ctx) => {
    const school = await addSchool(ctx, urn);
    revalidatePath("/operator", "layout");
    return school;
  },
});

export const addOrganisationAction = operatorAction({
  name: "addOrganisation",
  permission: "instance:manage",
  schema: addOrganisationSchema,
  run: async (input, ctx) => {
    const trust = await addOrganisation(ctx, input);
    revalidatePath("/operator", "layout");
    return trust;
  },
});

export const appointLeaderAction = operatorAction({
  name: "appointLeader",
  permission: "instance:manage",
  schema: appointSchema,
  run: async (input, ctx) => {
    const issued = await appointLeader(ctx, input);
    revalidatePath("/operator", "layout");
    return issued;
  },
});

export const removeDemoAction = operatorAction({
  name: "removeDemo",
  permission: "instance:manage",
  schema: removeDemoSchema,
  run: async (_input, ctx) => {
    const removed = await removeDemo(ctx);
    revalidatePath("/operator", "layout");
    return removed;
  },
});
