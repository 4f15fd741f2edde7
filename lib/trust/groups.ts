import "server-only";
// Named groups of the trust's schools (decision 0035): made, changed and deleted by the trust leader
// in one transaction each, audited. Row-level security lets only the trust's own schools in.
import { audit } from "../audit/record";
import { withScope } from "../db/scope";
import { Prisma } from "../generated/prisma/client";
import { notFound, UserError } from "../errors";
import { scopeOf, type TrustContext } from "../tenancy/context";
import type { deleteTrustGroupSchema, trustGroupSchema } from "./schemas";
import type { z } from "zod";

const taken = () =>
  new UserError("The trust already has a group of that name.", "conflict", {
    name: ["The trust already has a group of that name: choose another."],
  });

export async function saveTrustGroup(ctx: TrustContext, input: z.output<typeof trustGroupSchema>) {
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const schools = await tx.school.findMany({
        where: { trustId: ctx.trustId, id: { in: input.schoolIds } },
        select: { id: true },
      });
      if (schools.length !== new Set(input.schoolIds).size)
        throw new UserError("A chosen school is no longer in the trust: reload the page.", "stale", {
          schoolIds: ["A chosen school is no longer in the trust: reload the page."],
        });
      const data = { name: input.name };
      const group = input.groupId
        ? await tx.trustGroup
            .update({ where: { id: input.groupId, trustId: ctx.trustId }, data })
            .catch((e) => {
              if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") throw notFound();
              throw e;
            })
        : await tx.trustGroup.create({ data: { ...data, trustId: ctx.trustId, createdById: ctx.personId } });
      await tx.trustGroupSchool.deleteMany({ where: { groupId: group.id } });
      await tx.trustGroupSchool.createMany({
        data: schools.map((s) => ({ groupId: group.id, schoolId: s.id, trustId: ctx.trustId })),
      });
      await audit(tx, {
        actorId: ctx.personId,
        action: "trust.group-saved",
        trustId: ctx.trustId,
        targetId: group.id,
        detail: { name: group.name, schools: schools.length },
      });
      return { id: group.id, name: group.name };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw taken();
    throw error;
  }
}

export async function deleteTrustGroup(ctx: TrustContext, input: z.output<typeof deleteTrustGroupSchema>) {
  return withScope(scopeOf(ctx), async (tx) => {
    const group = await tx.trustGroup.findFirst({ where: { id: input.groupId, trustId: ctx.trustId } });
    if (!group) throw notFound();
    await tx.trustGroup.delete({ where: { id: group.id } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "trust.group-deleted",
      trustId: ctx.trustId,
      targetId: group.id,
      detail: { name: group.name },
    });
    return { id: group.id };
  });
}
