import "server-only";
// What the framework page shows, for a school or a trust: the framework in force, its history, and
// one version's changes when the history link names one.
import { UserError } from "../errors";
import { getVersion, listVersions } from "./history";
import { getFramework } from "./queries";
import type { FrameworkContext } from "./store";

export async function loadFrameworkScreen(ctx: FrameworkContext, versionId?: string) {
  const view = await getFramework(ctx);
  const versions = view.source === "own" ? await listVersions(ctx) : [];
  let selected = null;
  if (versionId) {
    try {
      const v = await getVersion(ctx, versionId);
      // Only this framework's own versions: any other id is ignored, like a stale link.
      if (v.frameworkId === view.frameworkId) selected = { number: v.number, changes: v.changes };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  }
  return { view, versions, selected };
}
