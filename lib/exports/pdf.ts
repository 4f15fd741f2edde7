// A governors' document as a PDF, written on the server by pdfkit: Noto Sans embedded (subset, from
// the @expo-google-fonts/noto-sans package, SIL Open Font Licence), tagged for screen readers
// (a structure tree of headings, paragraphs and lists; running footers marked as artifacts), with
// its title and language set. Each principle starts a new page. Decision record 0027.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { GovernorDoc, Item } from "./document";

const FONTS = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const REGULAR = path.join(FONTS, "400Regular", "NotoSans_400Regular.ttf");
const BOLD = path.join(FONTS, "700Bold", "NotoSans_700Bold.ttf");

const MARGIN = 56; // about 2 cm
const INK = "#000000";
const SOFT = "#333333";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

function heading(doc: Doc, parent: Struct, tag: "H1" | "H2" | "H3" | "H4", text: string, size: number) {
  parent.add(
    doc.struct(tag, {}, () => {
      doc
        .font("bold")
        .fontSize(size)
        .fillColor(INK)
        .text(text, { paragraphGap: size / 3 });
    }),
  );
}

function paragraph(doc: Doc, parent: Struct, text: string, opts: { size?: number; colour?: string } = {}) {
  parent.add(
    doc.struct("P", {}, () => {
      doc
        .font("regular")
        .fontSize(opts.size ?? 11)
        .fillColor(opts.colour ?? INK)
        .text(text, { paragraphGap: 4 });
    }),
  );
}

/** An action (or a statement): its words as a heading, then its details as a list of "label: value". */
function item(doc: Doc, parent: Struct, it: Item) {
  // Keep a short item together: start it on a new page when little room is left.
  if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
  heading(doc, parent, "H4", it.heading, 12);
  if (it.fields.length === 0) return;
  const list = doc.struct("L");
  parent.add(list);
  for (const f of it.fields) {
    const li = doc.struct("LI");
    list.add(li);
    li.add(
      doc.struct("LBody", {}, () => {
        doc.font("bold").fontSize(10).fillColor(INK).text(`${f.label}: `, { continued: true, indent: 12 });
        doc.font("regular").fillColor(INK).text(f.value, { paragraphGap: 2 });
      }),
    );
    li.end();
  }
  list.end();
  doc.moveDown(0.6);
}

function footers(doc: Doc, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font("regular")
      .fontSize(9)
      .fillColor(SOFT)
      .text(`${title}. Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 9, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** The finished file's bytes. */
export function renderPdf(input: GovernorDoc): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    tagged: true,
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    bufferPages: true,
    font: REGULAR,
    info: { Title: input.title, Author: "Harbour", Creator: "Harbour", Subject: input.lead[0] ?? "" },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  heading(doc, root, "H1", input.title, 20);
  for (const line of input.lead) paragraph(doc, root, line, { colour: SOFT });
  if (input.empty) paragraph(doc, root, input.empty);
  input.sections.forEach((s, i) => {
    if (i > 0) doc.addPage();
    else doc.moveDown(1);
    const sect = doc.struct("Sect");
    root.add(sect);
    heading(doc, sect, "H2", s.heading, 16);
    if (s.lead) paragraph(doc, sect, s.lead);
    for (const g of s.groups) {
      if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
      doc.moveDown(0.4);
      heading(doc, sect, "H3", g.heading, 13);
      if (g.items.length === 0 && g.empty) paragraph(doc, sect, g.empty);
      for (const it of g.items) item(doc, sect, it);
    }
    sect.end();
  });
  root.end();
  footers(doc, input.title);
  doc.end();
  return done;
}
