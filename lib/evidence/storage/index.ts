import "server-only";
import { getConfig } from "../../config";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { EvidenceStorage } from "./types";

export type { EvidenceStorage } from "./types";

let cached: EvidenceStorage | undefined;

/** The configured store: local disk unless S3_BUCKET is set (lib/config.ts). */
export function evidenceStorage(): EvidenceStorage {
  const config = getConfig().evidenceStorage;
  cached ??= config.kind === "s3" ? s3Storage(config) : localStorage(config.dir);
  return cached;
}
