import "server-only";
// Data access for the local services directory (decision 0037): a local authority (or trust) keeps
// its entries; a school reads its own trust's and its local authority's, and suggests corrections,
// which the keeper accepts or dismisses. Row-level security holds the same rules underneath.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { notFound, UserError } from "../errors";
import { scopeOf, type SchoolContext, type TrustContext } from "../tenancy/context";
import { dayOf, isStale, londonToday } from "./rules";
import type { ServiceKind, ServiceValue } from "./schemas";

export type ServiceEntry = {
  id: string;
  trustId: string;
  name: string;
  kind: ServiceKind;
  tier: number | null;
  forWhom: string;
  howToRefer: string;
  threshold: string | null;
  website: string | null;
  lastCheckedOn: Date;
  stale: boolean;
};

const ENTRY = {
  id: true,
  trustId: true,
  name: true,
  kind: true,
  tier: true,
  forWhom: true,
  howToRefer: true,
  threshold: true,
  website: true,
  lastCheckedOn: true,
} as const;

const withStale = (today: Date) => (s: Omit<ServiceEntry, "stale">) => ({
  ...s,
  stale: isStale(s.lastCheckedOn, today),
});

/** The keeper's directory and the suggestions waiting for a decision. */
export async function keptDirectory(ctx: TrustContext, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const [services, suggestions] = await Promise.all([
      tx.localService.findMany({
        where: { trustId: ctx.trustId },
        orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
        take: 500,
        select: ENTRY,
      }),
      tx.serviceSuggestion.findMany({
        where: { trustId: ctx.trustId, status: "OPEN" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 200,
        select: {
          id: true,
          text: true,
          createdAt: true,
          service: { select: { name: true } },
          school: { select: { name: true } },
        },
      }),
    ]);
    return { services: services.map(withStale(londonToday(now))), suggestions };
  });
}

function checkedDay(value: ServiceValue, now: Date): Date {
  const day = dayOf(value.lastCheckedOn);
  if (day > londonToday(now))
    throw new UserError("Please correct the highlighted fields.", "validation", {
      lastCheckedOn: ["The day it was last checked cannot be in the future."],
    });
  return day;
}

export async function saveService(ctx: TrustContext, value: ServiceValue, now = new Date()) {
  const lastCheckedOn = checkedDay(value, now);
  return withScope(scopeOf(ctx), async (tx) => {
    const data = {
      name: value.name,
      kind: value.kind,
      tier: value.tier === "" ? null : Number(value.tier),
      forWhom: value.forWhom,
      howToRefer: value.howToRefer,
      threshold: value.threshold ?? null,
      website: value.website ?? null,
      lastCheckedOn,
      updatedById: ctx.personId,
    };
    let id: string;
    if (value.id) {
      const own = await tx.localService.findFirst({ where: { id: value.id, trustId: ctx.trustId } });
      if (!own) throw notFound();
      await tx.localService.update({ where: { id: own.id }, data });
      id = own.id;
    } else {
      ({ id } = await tx.localService.create({
        data: { ...data, trustId: ctx.trustId },
        select: { id: true },
      }));
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: value.id ? "local-service.changed" : "local-service.added",
      trustId: ctx.trustId,
      targetId: id,
      detail: { name: value.name },
    });
    return { id };
  });
}

export async function removeService(ctx: TrustContext, serviceId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const own = await tx.localService.findFirst({ where: { id: serviceId, trustId: ctx.trustId } });
    if (!own) throw notFound();
    await tx.localService.delete({ where: { id: own.id } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "local-service.removed",
      trustId: ctx.trustId,
      targetId: own.id,
      detail: { name: own.name },
    });
    return { id: own.id };
  });
}

export async function decideSuggestion(
  ctx: TrustContext,
  suggestionId: string,
  decision: "ACCEPTED" | "DISMISSED",
  now = new Date(),
) {
  return withScope(scopeOf(ctx), async (tx) => {
    const open = await tx.serviceSuggestion.findFirst({
      where: { id: suggestionId, trustId: ctx.trustId },
      select: { id: true, status: true, serviceId: true },
    });
    if (!open) throw notFound();
    if (open.status !== "OPEN") throw new UserError("That suggestion has already been decided.", "conflict");
    await tx.serviceSuggestion.update({
      where: { id: open.id },
      data: { status: decision, decidedAt: now, decidedById: ctx.personId },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action:
        decision === "ACCEPTED" ? "local-service.suggestion-accepted" : "local-service.suggestion-dismissed",
      trustId: ctx.trustId,
      targetId: open.serviceId,
    });
    return { id: open.id, serviceId: open.serviceId };
  });
}

/** The directories a school reads: its trust's and its local authority's (by the register's LA code). */
async function keepersOf(tx: Tx, schoolId: string) {
  const school = await tx.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { laCode: true, trust: { select: { id: true, name: true } } },
  });
  const authority = school.laCode
    ? await tx.trust.findFirst({
        where: { kind: "LOCAL_AUTHORITY", registerCode: school.laCode },
        select: { id: true, name: true },
      })
    : null;
  const keepers = [authority, school.trust].filter((k): k is { id: string; name: string } => k !== null);
  return keepers.filter((k, i) => keepers.findIndex((x) => x.id === k.id) === i);
}

/** Every entry the school may read, grouped by who keeps it, with the school's own suggestions. */
export async function schoolDirectory(ctx: SchoolContext, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const keepers = await keepersOf(tx, ctx.schoolId);
    const services = await tx.localService.findMany({
      where: { trustId: { in: keepers.map((k) => k.id) } },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
      take: 1000,
      select: ENTRY,
    });
    const suggestions = await tx.serviceSuggestion.findMany({
      where: { schoolId: ctx.schoolId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 50,
      select: { id: true, text: true, status: true, createdAt: true, service: { select: { name: true } } },
    });
    const entries = services.map(withStale(londonToday(now)));
    return {
      keepers: keepers.map((k) => ({ ...k, services: entries.filter((s) => s.trustId === k.id) })),
      suggestions,
    };
  });
}

/** How many entries the school's directories hold, for the panel beside gaps, plans and action plans. */
export async function directoryCount(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), async (tx) => {
    const keepers = await keepersOf(tx, ctx.schoolId);
    const count = await tx.localService.count({ where: { trustId: { in: keepers.map((k) => k.id) } } });
    return { count, keepers: keepers.map((k) => k.name) };
  });
}

export async function suggestCorrection(ctx: SchoolContext, serviceId: string, text: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const keepers = await keepersOf(tx, ctx.schoolId);
    const service = await tx.localService.findFirst({
      where: { id: serviceId, trustId: { in: keepers.map((k) => k.id) } },
      select: { id: true, trustId: true, name: true },
    });
    if (!service) throw notFound();
    const { id } = await tx.serviceSuggestion.create({
      data: {
        trustId: service.trustId,
        serviceId: service.id,
        schoolId: ctx.schoolId,
        text,
        suggestedById: ctx.personId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "local-service.correction-suggested",
      schoolId: ctx.schoolId,
      targetId: service.id,
      detail: { name: service.name },
    });
    return { id };
  });
}
