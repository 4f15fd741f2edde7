"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { addLinkSchema, addNoteSchema, deleteSchema, tagSchema, untagSchema } from "@/lib/evidence/schemas";
import { addLink, addNote, deleteItem, tagItem, untagItem } from "@/lib/evidence/store";

// Evidence shows on the library and on the panels of the pages it is tagged to.
function refresh(schoolId: string) {
  for (const page of ["evidence", "review", "action-plan", "my-development"])
    revalidatePath(`/schools/${schoolId}/${page}`);
}

export const addEvidenceNote = schoolAction({
  name: "addEvidenceNote",
  permission: "evidence:manage",
  schema: addNoteSchema,
  run: async (input, ctx) => {
    const out = await addNote(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});

export const addEvidenceLink = schoolAction({
  name: "addEvidenceLink",
  permission: "evidence:manage",
  schema: addLinkSchema,
  run: async (input, ctx) => {
    const out = await addLink(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});

export const tagEvidence = schoolAction({
  name: "tagEvidence",
  permission: "evidence:manage",
  schema: tagSchema,
  run: async (input, ctx) => {
    const out = await tagItem(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});

export const untagEvidence = schoolAction({
  name: "untagEvidence",
  permission: "evidence:manage",
  schema: untagSchema,
  run: async (input, ctx) => {
    const out = await untagItem(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});

export const deleteEvidence = schoolAction({
  name: "deleteEvidence",
  permission: "evidence:manage",
  schema: deleteSchema,
  run: async (input, ctx) => {
    const out = await deleteItem(ctx, input);
    refresh(ctx.schoolId);
    return out;
  },
});
