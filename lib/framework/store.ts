import "server-only";
// Reading and writing framework versions inside a caller's transaction. Versions are only ever
// inserted (row-level security has no update or delete policy for them), never changed.
import type { Tx } from "../db/scope";
import type { Prisma } from "../generated/prisma/client";
import { UserError } from "../errors";
import { can } from "../permissions";
import type { SchoolContext, TrustContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import type { RatingLevel, VersionContent } from "./versioning";

import type { Owner } from "./write";

export type { Owner } from "./write";

export type FrameworkContext = SchoolContext | TrustContext;

export function ownerOf(ctx: FrameworkContext): Owner {
  return ctx.kind === "school"
    ? { schoolId: ctx.schoolId, trustId: null }
    : { schoolId: null, trustId: ctx.trustId };
}

// Leads edit their school's framework; trust leaders edit the trust's and, acting in a school, that school's.
export function requireEditor(ctx: FrameworkContext): void {
  if (!can(ctx.role, "framework:manage")) {
    throw new UserError("Only the senior mental health lead can change the framework.", "forbidden");
  }
}

export type StoredVersion = {
  id: string;
  frameworkId: string;
  number: number;
  createdAt: Date;
  createdById: string | null;
  changeSummary: string;
  content: VersionContent;
};

const withRows = {
  domains: { orderBy: { position: "asc" } },
  competencies: { orderBy: { position: "asc" } },
} satisfies Prisma.FrameworkVersionInclude;

type VersionRow = Prisma.FrameworkVersionGetPayload<{ include: typeof withRows }>;

function toStored(v: VersionRow): StoredVersion {
  return {
    id: v.id,
    frameworkId: v.frameworkId,
    number: v.number,
    createdAt: v.createdAt,
    createdById: v.createdById,
    changeSummary: v.changeSummary,
    content: {
      targets: { 1: v.targetTier1, 2: v.targetTier2, 3: v.targetTier3 },
      ratingScale: v.ratingScale as RatingLevel[],
      domains: v.domains.map((d) => ({ code: d.code, name: d.name, description: d.description })),
      competencies: v.competencies.map((c) => ({
        code: c.code,
        domainCode: c.domainCode,
        tier: c.tier as Tier,
        statement: c.statement,
        guidance: c.guidance,
        examples: c.examples,
        retired: c.retired,
      })),
    },
  };
}

/** One version with its rows, or null when it does not exist or row-level security hides it. */
export async function loadVersion(tx: Tx, versionId: string): Promise<StoredVersion | null> {
  const v = await tx.frameworkVersion.findUnique({ where: { id: versionId }, include: withRows });
  return v ? toStored(v) : null;
}

export async function loadLatestVersion(tx: Tx, frameworkId: string): Promise<StoredVersion | null> {
  const v = await tx.frameworkVersion.findFirst({
    where: { frameworkId },
    orderBy: { number: "desc" },
    include: withRows,
  });
  return v ? toStored(v) : null;
}

export function findFramework(tx: Tx, owner: Owner) {
  if (owner.schoolId) return tx.framework.findUnique({ where: { schoolId: owner.schoolId } });
  if (owner.trustId) return tx.framework.findUnique({ where: { trustId: owner.trustId } });
  return tx.framework.findFirst({ where: { schoolId: null, trustId: null } });
}

/**
 * Holds the framework's row lock until the transaction ends, so two edits made at the same moment
 * are applied one after the other instead of both claiming the same version number.
 */
export async function lockFramework(tx: Tx, frameworkId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Framework" WHERE id = ${frameworkId} FOR UPDATE`;
}
