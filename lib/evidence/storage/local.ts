// Evidence files in a folder on this server: written to a temporary name, then renamed, so a
// reader never sees half a file.
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { assertKey, type EvidenceStorage } from "./types";

export function localStorage(dir: string): EvidenceStorage {
  const fileOf = (key: string) => {
    assertKey(key);
    return path.join(dir, ...key.split("/"));
  };
  return {
    kind: "local",
    async put(key, sourcePath) {
      const target = fileOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      try {
        await fs.copyFile(sourcePath, partial);
        await fs.rename(partial, target);
      } catch (error) {
        await fs.rm(partial, { force: true });
        throw error;
      }
    },
    async get(key): Promise<Readable | null> {
      const file = fileOf(key);
      try {
        await fs.access(file);
      } catch {
        return null;
      }
      return createReadStream(file);
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
    async list(schoolId) {
      const names = await fs.readdir(path.join(dir, schoolId)).catch(() => [] as string[]);
      return names.map((n) => `${schoolId}/${n}`);
    },
    async exists(key) {
      return fs
        .access(fileOf(key))
        .then(() => true)
        .catch(() => false);
    },
  };
}
