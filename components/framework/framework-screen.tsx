import { PageHeader, Section } from "@/components/ui/page-header";
import type { FrameworkView, HistoryEntry } from "@/lib/framework/queries";
import type { Change } from "@/lib/framework/versioning";
import { TIER_NAMES, TIERS } from "@/lib/tiers";
import { AddCompetencyForm } from "./add-competency-form";
import { AdoptFramework } from "./adopt-framework";
import { FrameworkContent } from "./framework-content";
import { VersionChanges, VersionHistory } from "./history";
import { ImportFrameworkForm } from "./import-framework-form";
import type { FrameworkActions } from "./types";
import { FrameworkVersionProvider } from "./version-context";

type Props = {
  view: FrameworkView;
  versions: HistoryEntry[];
  /** A version picked from the history (?version=), with what it changed. */
  selected: { number: number; changes: Change[] } | null;
  /** Bound server actions for editors; absent for those who only read. */
  actions?: FrameworkActions;
  /** The page's own path, for history links; downloads are under `${basePath}/export`. */
  basePath: string;
  owner: "school" | "trust";
};

/** The framework page, for a school's framework and a trust's alike. */
export function FrameworkScreen({ view, versions, selected, actions, basePath, owner }: Props) {
  const own = view.source === "own";
  const editable = own ? actions : undefined;
  const retired = view.content.competencies.filter((c) => c.retired).length;
  const transfer = actions ? "Import and export" : "Export";
  return (
    <FrameworkVersionProvider version={{ id: view.version.id, number: view.version.number }}>
      <PageHeader
        title="Framework"
        lead={
          own
            ? `“${view.name}”, version ${view.version.number}.`
            : `Your ${owner} has not adopted a framework yet.`
        }
      />
      {!own && (
        <Section title="Adopt a framework">
          {actions ? (
            <AdoptFramework
              action={actions.adopt}
              source={view.source === "trust" ? "your trust's framework" : "Harbour's default framework"}
              name={view.name}
              owner={owner}
            />
          ) : (
            <p>Until the lead adopts one, this is the framework your {owner} would adopt.</p>
          )}
        </Section>
      )}
      <nav aria-label="On this page" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {["Competencies", ...(editable ? ["Add a competency"] : []), transfer, "History"].map((label) => (
            <li key={label}>
              {/* Section gives each heading this id. */}
              <a
                href={`#section-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
                className="inline-block min-h-11 py-2.5 text-harbour-700 underline"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Section title="Competencies">
        <p className="mb-4 text-slate-700">
          {own ? `Version ${view.version.number}: ` : ""}
          {view.content.domains.length} domains, {view.content.competencies.length - retired} competencies in
          use
          {retired > 0 && ` and ${retired} retired`}. Target level:{" "}
          {TIERS.map((t) => `${TIER_NAMES[t]} ${view.content.targets[t]}`).join(", ")}.
        </p>
        <FrameworkContent content={view.content} actions={editable} />
      </Section>
      {editable && (
        <Section title="Add a competency">
          <AddCompetencyForm domains={view.content.domains} add={editable.add} />
        </Section>
      )}
      <Section title={transfer}>
        <ul className="mb-4 flex flex-col gap-2">
          <li>
            <a href={`${basePath}/export?format=json`} className="text-harbour-700 underline" download>
              Download as JSON
            </a>{" "}
            <span className="text-sm text-slate-700">
              (everything, including retired competencies and targets)
            </span>
          </li>
          <li>
            <a href={`${basePath}/export?format=csv`} className="text-harbour-700 underline" download>
              Download as CSV
            </a>{" "}
            <span className="text-sm text-slate-700">(the competencies in use)</span>
          </li>
        </ul>
        {actions && <ImportFrameworkForm importFramework={actions.import} />}
      </Section>
      <Section title="History">
        <div className="flex flex-col gap-4">
          {selected && <VersionChanges number={selected.number} changes={selected.changes} />}
          <VersionHistory versions={versions} basePath={basePath} />
        </div>
      </Section>
    </FrameworkVersionProvider>
  );
}
