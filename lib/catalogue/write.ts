// Writes Harbour's starter catalogue (owned by no school or trust) as the owner; used by the seed.
// No "server-only": the seed runs outside Next.js.
import type { Prisma } from "../generated/prisma/client";
import { STARTER_CATALOGUE } from "./starter-catalogue";

export async function ensureStarterCatalogue(tx: Prisma.TransactionClient): Promise<number> {
  let added = 0;
  for (const c of STARTER_CATALOGUE) {
    const existing = await tx.course.findUnique({ where: { starterKey: c.key }, select: { id: true } });
    if (existing) continue;
    await tx.course.create({
      data: {
        starterKey: c.key,
        provider: c.provider,
        title: c.title,
        summary: c.summary,
        tier: c.tier,
        format: c.format,
        hoursPerParticipant: c.hoursPerParticipant,
        costModel: c.costModel,
        costPence: c.costPence,
        sessionCapacity: c.sessionCapacity ?? null,
        qualityAssured: c.qualityAssured,
        refreshMonths: c.refreshMonths,
        bookingUrl: c.bookingUrl,
        outcomes: { create: c.outcomes.map((o) => ({ competencyCode: o.competencyCode, level: o.level })) },
      },
    });
    added++;
  }
  return added;
}
