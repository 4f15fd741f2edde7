// Both storage drivers pass the same suite (decision 0029): the local folder, and S3 against a real
// S3-compatible server (s3rver) started here. Uploads through the store: limits, disguised files
// and a zip bomb are refused with a clear message, and nothing is left in storage or the database.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { receiveFile } from "@/lib/evidence/file-check";
import { openFile } from "@/lib/evidence/queries";
import { localStorage } from "@/lib/evidence/storage/local";
import { s3Storage } from "@/lib/evidence/storage/s3";
import type { EvidenceStorage } from "@/lib/evidence/storage/types";
import { addFile, deleteItem } from "@/lib/evidence/store";
import { schoolCtx } from "./support/assessment-fixtures";
import { docxBytes, pdfBytes, shellScript, streamOf, zipBombDocx } from "./support/evidence-fixtures";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";

let tmp: string;
let s3: S3rver;
const drivers: Record<string, EvidenceStorage> = {};

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "harbour-evidence-"));
  drivers.local = localStorage(path.join(tmp, "local"));
  s3 = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(tmp, "s3"),
    configureBuckets: [{ name: "evidence", configs: [] }],
  });
  const { port } = await s3.run();
  drivers.s3 = s3Storage({
    kind: "s3",
    bucket: "evidence",
    region: "eu-west-2",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
}, 30_000);

afterAll(async () => {
  await s3?.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function leadOfNewSchool() {
  const school = await makeSchool();
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  return schoolCtx(lead.id, school, "LEAD");
}

async function refusal(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe.each(["local", "s3"])("evidence storage: %s", (name) => {
  const storage = () => drivers[name]!;

  it("puts, reads back, lists and deletes a file by key", async () => {
    const source = path.join(tmp, `${name}-source`);
    await fs.writeFile(source, "hello evidence");
    const key = `school_${name}/${"a".repeat(32)}`;
    await storage().put(key, source, { size: 14, contentType: "application/pdf" });
    expect(await storage().exists(key)).toBe(true);
    expect(await storage().list(`school_${name}`)).toEqual([key]);
    expect(await text((await storage().get(key))!)).toBe("hello evidence");
    await storage().delete(key);
    expect(await storage().exists(key)).toBe(false);
    expect(await storage().get(key)).toBeNull();
    await storage().delete(key); // idempotent
    await expect(storage().get("../../etc/passwd")).rejects.toThrow();
  });

  it("stores an uploaded PDF and a Word document with the type found in their content", async () => {
    const lead = await leadOfNewSchool();
    const pdf = await addFile(
      lead,
      { title: "Policy", clientName: "policy.PDF", file: await receiveFile(streamOf(pdfBytes())) },
      storage(),
    );
    const doc = await addFile(
      lead,
      // A Word document named .pdf is stored as what it is.
      { title: "Minutes", clientName: "minutes.pdf", file: await receiveFile(streamOf(await docxBytes())) },
      storage(),
    );
    expect(doc.type).toBe("Word document");
    const rows = await ownerDb().evidenceItem.findMany({
      where: { schoolId: lead.schoolId },
      orderBy: { title: "asc" },
    });
    expect(rows.map((r) => [r.fileName, r.fileType])).toEqual([
      ["minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["policy.pdf", "application/pdf"],
    ]);
    expect((await storage().list(lead.schoolId)).sort()).toEqual(rows.map((r) => r.fileKey).sort());
    const back = await openFile(lead, pdf.id, storage());
    expect(back.fileType).toBe("application/pdf");
    expect((await text(back.stream)).startsWith("%PDF-1.4")).toBe(true);

    await deleteItem(lead, { itemId: pdf.id, confirmed: false }, storage());
    expect(await storage().list(lead.schoolId)).toEqual([rows[0]!.fileKey]);
  });

  it("refuses a shell script named .pdf, a zip bomb Word document and an empty file, leaving nothing", async () => {
    const lead = await leadOfNewSchool();
    const script = await refusal(
      addFile(
        lead,
        { title: "x", clientName: "report.pdf", file: await receiveFile(streamOf(shellScript())) },
        storage(),
      ),
    );
    expect(script.fieldErrors?.file?.[0]).toMatch(/could not recognise that file from its content/);
    const bomb = await refusal(
      addFile(
        lead,
        { title: "x", clientName: "plan.docx", file: await receiveFile(streamOf(await zipBombDocx())) },
        storage(),
      ),
    );
    expect(bomb.message).toMatch(/cannot accept that office document: it is compressed far more/);
    const empty = await refusal(receiveFile(streamOf(Buffer.alloc(0))));
    expect(empty.message).toMatch(/empty/);
    expect(await storage().list(lead.schoolId)).toEqual([]);
    expect(await ownerDb().evidenceItem.count({ where: { schoolId: lead.schoolId } })).toBe(0);
  });

  it("refuses a file over 10 MB while it streams, and a file in storage is removed if its row is refused", async () => {
    const lead = await leadOfNewSchool();
    const big = await refusal(receiveFile(streamOf(pdfBytes(10 * 1024 * 1024 + 1))));
    expect(big.message).toMatch(/over 10 MB/);
    // Exactly 10 MB is allowed.
    const exact = await addFile(
      lead,
      { title: "Big", clientName: "big.pdf", file: await receiveFile(streamOf(pdfBytes(10 * 1024 * 1024))) },
      storage(),
    );
    expect(exact.id).toBeTruthy();
    // The row fails (a title the database refuses): the file just put in storage goes again.
    const before = await storage().list(lead.schoolId);
    await expect(
      addFile(
        lead,
        { title: " ", clientName: "a.pdf", file: await receiveFile(streamOf(pdfBytes())) },
        storage(),
      ),
    ).rejects.toThrow();
    expect(await storage().list(lead.schoolId)).toEqual(before);
    // Staff may not upload at all, and nothing is stored.
    const staff = schoolCtx((await makeMember(lead.schoolId, "STAFF")).id, { id: lead.schoolId, name: "" });
    await refusal(
      addFile(
        staff,
        { title: "x", clientName: "a.pdf", file: await receiveFile(streamOf(pdfBytes())) },
        storage(),
      ),
    );
    expect(await storage().list(lead.schoolId)).toEqual(before);
  }, 30_000);
});
