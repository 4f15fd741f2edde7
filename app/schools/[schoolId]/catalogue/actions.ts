"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { addCourse, retireCourse } from "@/lib/catalogue/queries";
import { addCourseSchema, retireCourseSchema } from "@/lib/catalogue/schemas";

export const addSchoolCourse = schoolAction({
  name: "addSchoolCourse",
  permission: "catalogue:manage",
  schema: addCourseSchema,
  run: async (input, ctx) => {
    const out = await addCourse(ctx, input);
    revalidatePath(`/schools/${ctx.schoolId}/catalogue`);
    return out;
  },
});

export const retireSchoolCourse = schoolAction({
  name: "retireSchoolCourse",
  permission: "catalogue:manage",
  schema: retireCourseSchema,
  run: async (input, ctx) => {
    const out = await retireCourse(ctx, input.courseId);
    revalidatePath(`/schools/${ctx.schoolId}/catalogue`);
    return out;
  },
});
