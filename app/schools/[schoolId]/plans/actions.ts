"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import {
  addAttendee,
  addItem,
  approveVersion,
  generatePlan as generate,
  moveItem,
  removeAttendee,
  removeItem,
  reviseApproved,
} from "@/lib/plans/queries";
import {
  addAttendeeSchema,
  addItemSchema,
  approveSchema,
  generatePlanSchema,
  moveItemSchema,
  removeAttendeeSchema,
  removeItemSchema,
  reviseSchema,
} from "@/lib/plans/schemas";
import type { SchoolContext } from "@/lib/tenancy/context";
import { termDatesSchema } from "@/lib/plans/calendar";
import { saveTermDates } from "@/lib/plans/term-dates";

const refresh = (ctx: SchoolContext, planId?: string) => {
  revalidatePath(`/schools/${ctx.schoolId}/plans`);
  if (planId) revalidatePath(`/schools/${ctx.schoolId}/plans/${planId}`);
};

export const generatePlan = schoolAction({
  name: "generatePlan",
  permission: "plans:manage",
  schema: generatePlanSchema,
  run: async (input, ctx) => {
    const out = await generate(ctx, input);
    refresh(ctx);
    return out;
  },
});

// Every edit: same shape, a new version, the plan page refreshed.
const editAction = <
  S extends
    | typeof removeItemSchema
    | typeof moveItemSchema
    | typeof removeAttendeeSchema
    | typeof addAttendeeSchema
    | typeof addItemSchema
    | typeof reviseSchema,
>(
  name: string,
  schema: S,
  work: (ctx: SchoolContext, input: never) => Promise<{ versionId: string; number: number }>,
) =>
  schoolAction({
    name,
    permission: "plans:manage",
    schema,
    run: async (input, ctx) => {
      const out = await work(ctx, input as never);
      refresh(ctx, (input as { planId: string }).planId);
      return out;
    },
  });

export const removePlanItem = editAction("removePlanItem", removeItemSchema, removeItem);
export const movePlanItem = editAction("movePlanItem", moveItemSchema, moveItem);
export const removePlanAttendee = editAction("removePlanAttendee", removeAttendeeSchema, removeAttendee);
export const addPlanAttendee = editAction("addPlanAttendee", addAttendeeSchema, addAttendee);
export const addPlanItem = editAction("addPlanItem", addItemSchema, addItem);
export const revisePlan = editAction("revisePlan", reviseSchema, reviseApproved);

export const approvePlan = schoolAction({
  name: "approvePlan",
  permission: "plans:approve",
  schema: approveSchema,
  run: async (input, ctx) => {
    const out = await approveVersion(ctx, input);
    refresh(ctx, input.planId);
    return out;
  },
});

export const saveSchoolTermDates = schoolAction({
  name: "saveSchoolTermDates",
  permission: "plans:manage",
  schema: termDatesSchema,
  run: async (input, ctx) => {
    const out = await saveTermDates(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/plans/term-dates`);
    return out;
  },
});
