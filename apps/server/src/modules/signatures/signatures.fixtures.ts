import { randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Test and bench helpers: sample PDFs and multipart bodies with several parts. */

/** A PDF of `pages` A4 pages with some text on each. */
export async function samplePdf(pages = 1, title = 'Quyet dinh so 05/QD-UBND'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${title} - trang ${i}/${pages}`, { x: 60, y: 760, size: 16, font });
    for (let line = 0; line < 30; line += 1) {
      page.drawText(`Dieu ${line + 1}. Noi dung thu nghiem cua van ban, dong ${line + 1}.`, {
        x: 60,
        y: 720 - line * 20,
        size: 11,
        font,
      });
    }
  }
  return doc.save();
}

export type Part = { field: string; filename: string; type: string; content: Uint8Array };

export function multipartBody(parts: Part[]) {
  const boundary = `----lienthong${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`,
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat(chunks),
  };
}
