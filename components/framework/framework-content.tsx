import type { VersionContent } from "@/lib/framework/versioning";
import { CompetencyEditor } from "./competency-editor";
import { RetiredBadge, TierBadge } from "./tier-badge";
import type { FrameworkActions } from "./types";

type Props = {
  content: VersionContent;
  /** Present for editors: each competency gets its reword and retire controls. */
  actions?: Pick<FrameworkActions, "reword" | "retire" | "reinstate">;
};

/** Domains in order, each with its competencies: code, tier, statement, guidance, retired or not. */
export function FrameworkContent({ content, actions }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {content.domains.map((d) => {
        const competencies = content.competencies.filter((c) => c.domainCode === d.code);
        return (
          <div key={d.code}>
            <h3 className="text-lg font-semibold">
              {d.code}: {d.name}
            </h3>
            {d.description && <p className="mb-2 text-slate-700">{d.description}</p>}
            <ul className="flex flex-col divide-y divide-slate-200">
              {competencies.map((c) => (
                <li key={c.code} className="py-3">
                  <div className="mb-1 flex flex-wrap items-center gap-2">
                    <span className="font-mono text-sm font-semibold">{c.code}</span>
                    <TierBadge tier={c.tier} />
                    {c.retired && <RetiredBadge />}
                  </div>
                  <p className={c.retired ? "text-slate-600 line-through" : undefined}>{c.statement}</p>
                  {c.guidance && <p className="text-sm text-slate-700">{c.guidance}</p>}
                  {actions && <CompetencyEditor competency={c} actions={actions} />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
