import type { ActionResult } from "@/lib/actions/result";
import type {
  AddCompetencyFormInput,
  ImportFrameworkInput,
  RetireFormInput,
  RewordFormInput,
} from "@/lib/framework/forms";

export type NewVersion = { id: string; number: number; changeSummary: string };

/** The framework editor's server actions, bound to a school or a trust by the page. */
export type FrameworkActions = {
  adopt: (values: Record<string, never>) => Promise<ActionResult<{ number: number; name: string }>>;
  add: (values: AddCompetencyFormInput) => Promise<ActionResult<NewVersion & { code: string | null }>>;
  reword: (values: RewordFormInput) => Promise<ActionResult<NewVersion>>;
  retire: (values: RetireFormInput) => Promise<ActionResult<NewVersion>>;
  reinstate: (values: RetireFormInput) => Promise<ActionResult<NewVersion>>;
  import: (values: ImportFrameworkInput) => Promise<ActionResult<NewVersion & { changes: number }>>;
};

/** A code such as "C2.04" made safe for an element id. */
export const idOf = (code: string) => code.replace(/[^A-Za-z0-9_-]/g, "-");
