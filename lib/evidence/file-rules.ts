// What evidence files Harbour accepts, and the limits that keep a zip bomb out. Pure data and
// functions: the checks that read a file are in ./file-check.ts.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Types checked from the content (file-type), with the extension a download gets and a word for it. */
export const ALLOWED_TYPES: Record<string, { ext: string; label: string }> = {
  "application/pdf": { ext: "pdf", label: "PDF" },
  "image/png": { ext: "png", label: "PNG image" },
  "image/jpeg": { ext: "jpg", label: "JPEG image" },
  "image/gif": { ext: "gif", label: "GIF image" },
  "image/webp": { ext: "webp", label: "WebP image" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    ext: "docx",
    label: "Word document",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    ext: "xlsx",
    label: "Excel workbook",
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    ext: "pptx",
    label: "PowerPoint presentation",
  },
  "application/vnd.oasis.opendocument.text": { ext: "odt", label: "OpenDocument text" },
};

/** Office files are zips: what their entries may declare before one is opened. */
export const ZIP_LIMITS = {
  maxEntries: 2000,
  maxTotalUncompressed: 100 * 1024 * 1024,
  maxEntryUncompressed: 50 * 1024 * 1024,
  /** Uncompressed / compressed, for entries big enough to matter (XML compresses about 10 to 1). */
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
};

export type ZipEntrySize = { name: string; compressed: number; uncompressed: number };

/** Why a zip's declared entries are refused, or null when they are within the limits. */
export function zipProblem(entries: ZipEntrySize[]): string | null {
  if (entries.length > ZIP_LIMITS.maxEntries) return "it holds too many parts";
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    if (e.uncompressed > ZIP_LIMITS.maxEntryUncompressed || total > ZIP_LIMITS.maxTotalUncompressed)
      return "it would expand to far more than 10 MB";
    if (
      e.uncompressed > ZIP_LIMITS.ratioFloor &&
      e.uncompressed > ZIP_LIMITS.maxRatio * Math.max(1, e.compressed)
    )
      return "it is compressed far more than a real document";
  }
  return null;
}

export const ALLOWED_WORDS =
  "a PDF, an image (PNG, JPEG, GIF or WebP) or an office document (Word, Excel, PowerPoint or OpenDocument text)";

/**
 * The name a download gets: the client's name reduced to safe characters, with the extension of
 * the type found in the content (so a PNG named .pdf downloads as .png).
 */
export function safeFileName(clientName: string, mime: string): string {
  const ext = ALLOWED_TYPES[mime]?.ext ?? "bin";
  const base = clientName
    .replace(/\.[A-Za-z0-9]{1,8}$/, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 ._-]/g, "")
    .replace(/[\s.]+/g, (m) => (m.includes(".") ? "_" : " "))
    .replace(/^[\s_-]+|[\s_-]+$/g, "")
    .slice(0, 80)
    .trim();
  return `${base || "evidence"}.${ext}`;
}
