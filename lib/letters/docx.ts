import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Letter, LetterLanguage } from "./types";

// Chinese text needs an East Asian font named explicitly, or Word falls back to a Latin one.
const FONTS: Record<LetterLanguage, { ascii: string; eastAsia: string }> = {
  en: { ascii: "Calibri", eastAsia: "Microsoft YaHei" },
  "zh-CN": { ascii: "Calibri", eastAsia: "SimSun" },
};

function run(text: string, language: LetterLanguage, bold = false) {
  return new TextRun({ text, bold, font: FONTS[language] });
}

/** The letter as a .docx file (A4 defaults), the same blocks the print page shows. */
export async function letterDocx(letter: Letter, language: LetterLanguage): Promise<Buffer> {
  const children = letter.blocks.flatMap((block) => {
    if (block.kind === "heading") return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(block.text, language, true)], spacing: { before: 240, after: 120 } })];
    if (block.kind === "paragraph") return [new Paragraph({ children: [run(block.text, language)], spacing: { after: 160 } })];
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          ([label, value]) =>
            new TableRow({
              children: [
                new TableCell({ width: { size: 45, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(label, language, true)] })] }),
                new TableCell({ width: { size: 55, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(value, language)] })] }),
              ],
            }),
        ),
      }),
      new Paragraph({ children: [] }),
    ];
  });
  const document = new Document({
    title: letter.title,
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(letter.title, language, true)] }), ...children] }],
  });
  return Packer.toBuffer(document);
}
