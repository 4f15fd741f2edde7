import { ScrollTable, td, th } from "@/components/gaps/scroll-table";
import { needShade } from "@/components/trust/shade";
import { formatPercent } from "@/lib/format";
import type { AreaCell, AreaGroup, AreaTable } from "@/lib/returns/area";

function Cell({ cell }: { cell: AreaCell | undefined }) {
  if (!cell) return <td className={`${td} text-slate-600`}>No figures</td>;
  if (cell.withheld) return <td className={`${td} bg-slate-100 text-slate-700`}>Withheld</td>;
  return (
    <td className={`${td} ${needShade(cell.rate)}`}>
      {formatPercent(cell.rate)}
      <span className="block text-xs text-slate-700">
        {cell.withGap} of {cell.inScope}
      </span>
    </td>
  );
}

function Row({ group, table, total }: { group: AreaGroup; table: AreaTable; total?: boolean }) {
  return (
    <tr className={`border-b border-slate-200 align-top ${total ? "font-semibold" : ""}`}>
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {group.label}
        <span className="block text-xs font-normal text-slate-600">
          {group.schools} {group.schools === 1 ? "school" : "schools"}, {group.respondents} responded
        </span>
      </th>
      {table.domains.map((d) => (
        <Cell key={d.code} cell={group.cells[d.code]} />
      ))}
    </tr>
  );
}

/**
 * Need by domain for each phase or district and the whole area: share of people in scope with a gap,
 * with the counts (never colour alone). Pooled over people in the returns' published figures.
 */
export function AreaNeedTable({ table, caption }: { table: AreaTable; caption: string }) {
  return (
    <ScrollTable label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">
          {caption}: the share of people in scope with a gap, and how many of how many
        </caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            <th scope="col" className={th}>
              {table.by === "phase" ? "Phase" : "District"}
            </th>
            {table.domains.map((d) => (
              <th key={d.code} scope="col" className={`${th} text-right`}>
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.groups.map((g) => (
            <Row key={g.key} group={g} table={table} />
          ))}
          <Row group={table.area} table={table} total />
        </tbody>
      </table>
    </ScrollTable>
  );
}
