"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { addCourse, retireCourse } from "@/lib/catalogue/queries";
import { addCourseSchema, retireCourseSchema } from "@/lib/catalogue/schemas";

export const addTrustCourse = trustAction({
  name: "addTrustCourse",
  permission: "catalogue:manage",
  schema: addCourseSchema,
  run: async (input, ctx) => {
    const out = await addCourse(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/catalogue`);
    return out;
  },
});

export const retireTrustCourse = trustAction({
  name: "retireTrustCourse",
  permission: "catalogue:manage",
  schema: retireCourseSchema,
  run: async (input, ctx) => {
    const out = await retireCourse(ctx, input.courseId);
    revalidatePath(`/trusts/${ctx.trustId}/catalogue`);
    return out;
  },
});
