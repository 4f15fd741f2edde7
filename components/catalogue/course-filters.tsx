import { SelectField } from "@/components/ui/field";
import { COURSE_FORMATS, FORMAT_LABELS, type CourseFilter } from "@/lib/catalogue/schemas";

type Props = { filter: CourseFilter; competencies: { code: string; statement: string }[] };

/** A plain GET form: filters work without JavaScript and the address can be bookmarked. */
export function CourseFilters({ filter, competencies }: Props) {
  return (
    <form
      method="get"
      aria-label="Filter courses"
      className="grid grid-cols-1 gap-4 sm:grid-cols-4 sm:items-end"
    >
      <SelectField
        id="filter-tier"
        name="tier"
        label="Tier"
        defaultValue={filter.tier ? String(filter.tier) : ""}
        options={[
          { value: "", label: "Any tier" },
          { value: "1", label: "1 Core" },
          { value: "2", label: "2 Enhanced" },
          { value: "3", label: "3 Specialist" },
        ]}
      />
      <SelectField
        id="filter-format"
        name="format"
        label="Format"
        defaultValue={filter.format ?? ""}
        options={[
          { value: "", label: "Any format" },
          ...COURSE_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] })),
        ]}
      />
      <SelectField
        id="filter-competency"
        name="competency"
        label="Competency"
        defaultValue={filter.competency ?? ""}
        options={[
          { value: "", label: "Any competency" },
          ...competencies.map((c) => ({ value: c.code, label: `${shorten(c.statement, 60)} (${c.code})` })),
        ]}
      />
      <button
        type="submit"
        className="min-h-11 rounded-md bg-harbour-700 px-4 py-2 font-medium text-white hover:bg-harbour-800"
      >
        Show courses
      </button>
    </form>
  );
}

/** Long statements are cut at a word, so an option fits a phone's picker. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > max / 2 ? cut.lastIndexOf(" ") : max)}…`;
}
