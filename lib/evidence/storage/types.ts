import type { Readable } from "node:stream";

/**
 * Where evidence files live (decision 0029). Keys are made by Harbour (`<schoolId>/<random>`), never
 * by a client. `put` copies a file that has already been checked; `get` streams it back; `delete`
 * is idempotent, so a failed upload can always clean up after itself.
 */
export interface EvidenceStorage {
  readonly kind: "local" | "s3";
  put(key: string, sourcePath: string, file: { size: number; contentType: string }): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every key under a school's prefix (for checks that nothing was left behind). */
  list(schoolId: string): Promise<string[]>;
}

/** A key Harbour made: the school's id, a slash, and random hex. Anything else is refused. */
export function assertKey(key: string): void {
  if (!/^[A-Za-z0-9_-]{1,64}\/[a-f0-9]{32}$/.test(key)) throw new Error("Not an evidence storage key.");
}
