import "server-only";
// Receiving an uploaded file: streamed to a temporary file with a hard limit (never buffered
// whole), then its type found from the content and, for office files, the zip's declared sizes
// checked before anything opens it.
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { randomBytes } from "node:crypto";
import { fileTypeFromFile } from "file-type";
import yauzl from "yauzl";
import { UserError } from "../errors";
import { ALLOWED_TYPES, ALLOWED_WORDS, MAX_FILE_BYTES, zipProblem, type ZipEntrySize } from "./file-rules";

export const TOO_BIG_MESSAGE = "That file is over 10 MB. Please choose a smaller file or add a link instead.";
export const EMPTY_MESSAGE = "That file is empty. Please choose another.";
export const UNKNOWN_TYPE_MESSAGE = `We could not recognise that file from its content. Evidence can be ${ALLOWED_WORDS}.`;

const fieldError = (message: string) => new UserError(message, "validation", { file: [message] });

export type Received = { path: string; size: number; cleanup: () => Promise<void> };

/** Writes the body to a temporary file, refusing (and removing it) once it passes the limit. */
export async function receiveFile(body: WebReadableStream<Uint8Array> | Readable): Promise<Received> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "harbour-upload-"));
  const file = path.join(dir, randomBytes(8).toString("hex"));
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) done(fieldError(TOO_BIG_MESSAGE));
      else done(null, chunk);
    },
  });
  try {
    const source = body instanceof Readable ? body : Readable.fromWeb(body);
    await pipeline(source, limit, createWriteStream(file));
  } catch (error) {
    await cleanup();
    throw error;
  }
  if (size === 0) {
    await cleanup();
    throw fieldError(EMPTY_MESSAGE);
  }
  return { path: file, size, cleanup };
}

/** The checked type of a received file, or a clear refusal. */
export async function checkFile(file: string): Promise<{ mime: string; label: string }> {
  const handle = await fs.open(file, "r");
  const head = Buffer.alloc(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  // A zip (every office document): its declared sizes first, before anything inflates an entry.
  if (head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const problem = zipProblem(await zipEntries(file));
    if (problem) throw fieldError(`We cannot accept that office document: ${problem}.`);
  }
  const found = await fileTypeFromFile(file).catch(() => undefined);
  const allowed = found && ALLOWED_TYPES[found.mime];
  if (!found || !allowed) throw fieldError(UNKNOWN_TYPE_MESSAGE);
  return { mime: found.mime, label: allowed.label };
}

function zipEntries(file: string): Promise<ZipEntrySize[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntrySize[] = [];
    const refuse = () =>
      reject(fieldError("We cannot accept that office document: it is not a readable file."));
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return refuse();
      zip.on("error", refuse);
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.push({
          name: entry.fileName,
          compressed: entry.compressedSize,
          uncompressed: entry.uncompressedSize,
        });
        // Stop reading the directory as soon as it is too long: a bomb may declare millions.
        if (entries.length > 2000) {
          zip.close();
          resolve(entries);
        } else zip.readEntry();
      });
      zip.on("end", () => resolve(entries));
      zip.readEntry();
    });
  });
}
