import "server-only";
// DRAFT -> SUBMITTED (to the school's trust, or to a named validator) -> VALIDATED or
// CHANGES_REQUESTED with comments per item. Row-level security decides who may see and decide a
// version; these functions say why in words.
import { withScope, type DbScope } from "../db/scope";
import { UserError } from "../errors";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { requireManager } from "./edit";
import type { DecideOutput, SubmitInput } from "./schemas";
import { claimRevision, editableVersion, nameOf, recordEvent, readContent } from "./store";
import { grantFor, type ValidatorLink } from "./validators";

export const NOT_SENT_MESSAGE = "That action plan was not sent to you, or it is no longer waiting for you.";

/** Submits the version the lead was looking at (same revision), to the trust or a named validator. */
export async function submitPlan(ctx: SchoolContext, input: SubmitInput, now = new Date()) {
  requireManager(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const v = await editableVersion(tx, ctx.schoolId, input.versionId);
    await claimRevision(tx, v, input.revision, ctx.personId, now);
    const content = await readContent(tx, v.id);
    if (!content.some((o) => o.actions.length > 0))
      throw new UserError("Add at least one action before submitting the plan.", "validation");
    if (content.some((o) => o.actions.some((a) => !a.ownerId)))
      throw new UserError(
        "Every action needs an owner in the school before the plan is submitted.",
        "validation",
      );
    let link: ValidatorLink | null = null;
    if (input.to === "trust") {
      const school = await tx.school.findUniqueOrThrow({
        where: { id: ctx.schoolId },
        select: { trustId: true },
      });
      if (!school.trustId)
        throw new UserError(
          "This school is not in a trust. Send the plan to a named validator instead.",
          "validation",
          {
            to: ["This school is not in a trust."],
          },
        );
    } else {
      link = await grantFor(
        tx,
        ctx,
        v.planId,
        { name: input.validatorName, email: input.validatorEmail },
        now,
      );
    }
    await tx.actionPlanVersion.update({
      where: { id: v.id },
      data: {
        status: "SUBMITTED",
        submittedToTrust: input.to === "trust",
        validatorId: link?.validatorId ?? null,
        submittedById: ctx.personId,
        submittedAt: now,
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
      },
    });
    await recordEvent(
      tx,
      v,
      ctx.personId,
      "submitted",
      input.to === "trust" ? { to: "trust" } : { to: input.validatorEmail },
    );
    return { versionId: v.id, link };
  });
}

export type Reviewer = { personId: string; scope: DbScope };

/** A trust leader or validator decides a version sent to them, with comments on any item. */
export async function decidePlan(reviewer: Reviewer, input: DecideOutput, now = new Date()) {
  return withScope(reviewer.scope, async (tx) => {
    // Row-level security shows a reviewer only versions sent to them.
    const v = await tx.actionPlanVersion.findUnique({ where: { id: input.versionId } });
    if (!v) throw new UserError(NOT_SENT_MESSAGE, "not_found");
    if (v.status !== "SUBMITTED")
      throw new UserError("This version has already been decided. Reload the page.", "conflict");
    const content = await readContent(tx, v.id);
    const keys = new Set(content.flatMap((o) => [o.key, ...o.actions.map((a) => a.key)]));
    const unknown = input.comments.find((c) => c.itemKey !== null && !keys.has(c.itemKey));
    if (unknown)
      throw new UserError(
        "A comment is on an item that is not in this version. Reload the page.",
        "validation",
      );
    const authorName = await nameOf(tx, reviewer.personId);
    if (input.comments.length > 0)
      await tx.actionPlanComment.createMany({
        data: input.comments.map((c) => ({
          versionId: v.id,
          schoolId: v.schoolId,
          itemKey: c.itemKey,
          body: c.body,
          authorId: reviewer.personId,
          authorName,
          createdAt: now,
        })),
      });
    const decided = await tx.actionPlanVersion.updateMany({
      where: { id: v.id, status: "SUBMITTED" },
      data: {
        status: input.decision,
        decidedById: reviewer.personId,
        decidedAt: now,
        decisionNote: input.note || null,
      },
    });
    if (decided.count === 0)
      throw new UserError("This version has already been decided. Reload the page.", "conflict");
    await recordEvent(
      tx,
      v,
      reviewer.personId,
      input.decision === "VALIDATED" ? "validated" : "changes-requested",
      {
        comments: input.comments.length,
      },
    );
    return { versionId: v.id, status: input.decision };
  });
}
