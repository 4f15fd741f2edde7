import type { EvidenceListItem } from "@/lib/evidence/queries";
import { formatDate } from "@/lib/format";

const link = "font-medium text-harbour-700 underline underline-offset-2";

export function sizeWords(bytes: number | null): string {
  if (!bytes) return "";
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** One item's title and content: a download, a link out, or the note's text. */
export function EvidenceSummary({
  schoolId,
  item,
  titleAs: Title = "h3",
}: {
  schoolId: string;
  item: EvidenceListItem;
  titleAs?: "h3" | "p";
}) {
  return (
    <div className="flex flex-col gap-1">
      <Title className="font-semibold break-words">{item.title}</Title>
      <p className="text-sm text-slate-600">
        {item.kind === "FILE" ? "File" : item.kind === "LINK" ? "Link" : "Note"}, added{" "}
        {formatDate(item.createdAt)}
      </p>
      {item.kind === "FILE" && (
        <a className={link} href={`/schools/${schoolId}/evidence/${item.id}/file`} download>
          Download {item.fileName}{" "}
          <span className="text-sm text-slate-600">({sizeWords(item.fileSize)})</span>
        </a>
      )}
      {item.kind === "LINK" && item.url && (
        <a className={`${link} break-all`} href={item.url} rel="noopener noreferrer nofollow" target="_blank">
          {item.url}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )}
      {item.kind === "NOTE" && <p className="whitespace-pre-line break-words">{item.note}</p>}
    </div>
  );
}
