import "server-only";
// A trust adopting its own accreditation scheme (decision 0034): it starts from Harbour's (a copy)
// or its own latest version, edits the words and the criteria, and publishes a new version. Schools
// of the trust start new self-evaluations against it; a submission keeps the version it started on.
import { Prisma } from "../generated/prisma/client";
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import type { TrustContext } from "../tenancy/context";
import type { SchemeEditInput } from "./forms";
import { ensureDefaultScheme, loadScheme, type SchemeView } from "./scheme";
import { sameScheme, schemeDataOf, schemeEditProblems } from "./scheme-edit";
import { writeSchemeVersion } from "./write";

const scope = (ctx: TrustContext) => ({ personId: ctx.personId, trustId: ctx.trustId });

function require(ctx: TrustContext) {
  if (!can(ctx.role, "accreditation:manage"))
    throw new UserError("You do not have permission to do that.", "forbidden");
}

export type SchemeVersionRow = {
  id: string;
  version: number;
  changeSummary: string;
  createdAt: Date;
  submissions: number;
};

export type TrustSchemeScreen = {
  /** What the trust's schools start new self-evaluations against. */
  inForce: SchemeView;
  /** Whether that is the trust's own (else Harbour's). */
  own: boolean;
  /** The editor's starting point: the version in force, or Harbour's latest when asked for. */
  start: SchemeView;
  harbourVersion: number;
  versions: SchemeVersionRow[];
};

const latestOf = (tx: Tx, trustId: string | null) =>
  tx.accreditationScheme.findFirst({
    where: { trustId },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });

export async function trustSchemeScreen(
  ctx: TrustContext,
  from: "harbour" | undefined,
): Promise<TrustSchemeScreen> {
  require(ctx);
  await ensureDefaultScheme();
  return withScope(scope(ctx), async (tx) => {
    const harbour = (await latestOf(tx, null))!;
    const own = await latestOf(tx, ctx.trustId);
    const inForce = (await loadScheme(tx, (own ?? harbour).id))!;
    const start = from === "harbour" && own ? (await loadScheme(tx, harbour.id))! : inForce;
    const rows = await tx.accreditationScheme.findMany({
      where: { trustId: ctx.trustId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, changeSummary: true, createdAt: true },
      take: 100,
    });
    // Submissions the trust can see (its schools', once submitted) per version.
    const counts = await tx.accreditationSubmission.groupBy({
      by: ["schemeId"],
      where: { schemeId: { in: rows.map((r) => r.id) } },
      _count: { _all: true },
    });
    const n = new Map(counts.map((c) => [c.schemeId, c._count._all]));
    return {
      inForce,
      own: Boolean(own),
      start,
      harbourVersion: harbour.version,
      versions: rows.map((r) => ({ ...r, submissions: n.get(r.id) ?? 0 })),
    };
  });
}

const STALE =
  "A newer version of the trust's scheme was published after you opened this page. Reload it to start from that.";

export async function publishTrustScheme(ctx: TrustContext, input: SchemeEditInput) {
  require(ctx);
  await ensureDefaultScheme();
  try {
    return await withScope(scope(ctx), async (tx) => {
      // Row-level security shows the trust Harbour's versions and its own; check the owner anyway.
      const base = await loadScheme(tx, input.fromSchemeId);
      if (!base || (base.trustId !== null && base.trustId !== ctx.trustId))
        throw new UserError("That scheme was not found.", "not_found");
      const latest = await latestOf(tx, ctx.trustId);
      if (base.trustId === ctx.trustId && latest?.id !== base.id) throw new UserError(STALE, "stale");
      const problems = schemeEditProblems(base, input);
      if (Object.keys(problems).length > 0)
        throw new UserError(
          "Some of the scheme needs changing before it can be published.",
          "validation",
          problems,
        );
      const used = await tx.accreditationCriterion.findMany({
        where: { OR: [{ trustId: ctx.trustId }, { trustId: null }] },
        select: { key: true },
        distinct: ["key"],
      });
      const data = schemeDataOf(
        base,
        input,
        used.map((u) => u.key),
      );
      if (base.trustId === ctx.trustId && sameScheme(base, data))
        throw new UserError(
          `Nothing has changed since version ${base.version}: change some words or criteria first.`,
          "validation",
          { changeSummary: ["Nothing has changed yet."] },
        );
      const written = await writeSchemeVersion(tx, {
        trustId: ctx.trustId,
        version: (latest?.version ?? 0) + 1,
        data,
        changeSummary: input.changeSummary.trim(),
        createdById: ctx.personId,
        adoptedFromId: base.id,
      });
      await audit(tx, {
        actorId: ctx.personId,
        action: "accreditation.scheme-published",
        trustId: ctx.trustId,
        targetId: written.id,
        detail: { version: written.version, from: base.id },
      });
      return { schemeId: written.id, version: written.version };
    });
  } catch (error) {
    // Two leaders publishing at once: the second one's version number is taken.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new UserError(STALE, "stale");
    throw error;
  }
}
