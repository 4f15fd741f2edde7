import "server-only";
// The school's term dates for the calendar export: read (England's usual dates when none are set)
// and saved by the lead.
import { withScope } from "../db/scope";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { ENGLAND_TERMS, termDatesSchema, type TermDates } from "./calendar";
import { requirePlanner } from "./generate";
import type { z } from "zod";

export async function loadTermDates(ctx: SchoolContext): Promise<TermDates & { custom: boolean }> {
  const row = await withScope(scopeOf(ctx), (tx) =>
    tx.schoolTermDates.findUnique({ where: { schoolId: ctx.schoolId } }),
  );
  if (!row) return { ...ENGLAND_TERMS, custom: false };
  return {
    autumn: { month: row.autumnMonth, day: row.autumnDay },
    spring: { month: row.springMonth, day: row.springDay },
    summer: { month: row.summerMonth, day: row.summerDay },
    summerEnd: { month: row.summerEndMonth, day: row.summerEndDay },
    custom: true,
  };
}

export async function saveTermDates(ctx: SchoolContext, input: z.output<typeof termDatesSchema>) {
  requirePlanner(ctx);
  const data = {
    autumnMonth: input.autumn.month,
    autumnDay: input.autumn.day,
    springMonth: input.spring.month,
    springDay: input.spring.day,
    summerMonth: input.summer.month,
    summerDay: input.summer.day,
    summerEndMonth: input.summerEnd.month,
    summerEndDay: input.summerEnd.day,
  };
  await withScope(scopeOf(ctx), (tx) =>
    tx.schoolTermDates.upsert({
      where: { schoolId: ctx.schoolId },
      create: { schoolId: ctx.schoolId, ...data },
      update: data,
    }),
  );
  return { saved: true };
}
