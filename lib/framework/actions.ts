import "server-only";
// The framework editor's server actions, defined once for a school's framework and a trust's: each
// app/**/framework/actions.ts wraps these with schoolAction or trustAction and its own page refresh.
import type { z } from "zod";
import {
  addCompetencyFormSchema,
  adoptFrameworkSchema,
  importFrameworkSchema,
  retireFormSchema,
  rewordFormSchema,
} from "./forms";
import * as framework from "./queries";
import type { FrameworkContext } from "./store";

const permission = "framework:manage" as const;
const made = (v: { id: string; number: number; changeSummary: string }) => ({
  id: v.id,
  number: v.number,
  changeSummary: v.changeSummary,
});

export function frameworkActions(refresh: (ctx: FrameworkContext) => void) {
  return {
    adopt: {
      name: "adoptFramework",
      permission,
      schema: adoptFrameworkSchema,
      run: async (_input: object, ctx: FrameworkContext) => {
        const view = await framework.adoptFramework(ctx);
        refresh(ctx);
        return { number: view.version.number, name: view.name };
      },
    },
    add: {
      name: "addCompetency",
      permission,
      schema: addCompetencyFormSchema,
      run: async (
        { baseVersionId, ...input }: z.output<typeof addCompetencyFormSchema>,
        ctx: FrameworkContext,
      ) => {
        const v = await framework.addCompetency(ctx, input, baseVersionId);
        refresh(ctx);
        const added = v.changes.find((c) => c.kind === "added");
        return { ...made(v), code: added?.code ?? null };
      },
    },
    reword: {
      name: "rewordCompetency",
      permission,
      schema: rewordFormSchema,
      run: async ({ baseVersionId, ...input }: z.output<typeof rewordFormSchema>, ctx: FrameworkContext) => {
        const v = await framework.rewordCompetency(ctx, input, baseVersionId);
        refresh(ctx);
        return made(v);
      },
    },
    retire: {
      name: "retireCompetency",
      permission,
      schema: retireFormSchema,
      run: async ({ baseVersionId, code }: z.output<typeof retireFormSchema>, ctx: FrameworkContext) => {
        const v = await framework.retireCompetency(ctx, code, baseVersionId);
        refresh(ctx);
        return made(v);
      },
    },
    reinstate: {
      name: "reinstateCompetency",
      permission,
      schema: retireFormSchema,
      run: async ({ baseVersionId, code }: z.output<typeof retireFormSchema>, ctx: FrameworkContext) => {
        const v = await framework.editFramework(ctx, { kind: "reinstate", code }, baseVersionId);
        refresh(ctx);
        return made(v);
      },
    },
    import: {
      name: "importFramework",
      permission,
      schema: importFrameworkSchema,
      run: async (input: z.output<typeof importFrameworkSchema>, ctx: FrameworkContext) => {
        const v = await framework.importFramework(ctx, input);
        refresh(ctx);
        return { ...made(v), changes: v.changes.length };
      },
    },
  };
}
