import { EncryptedPDFError, PDFDocument, type PDFObject, PDFRef } from 'pdf-lib';

/**
 * Incremental updates (ISO 32000-1 §7.5.6): the original bytes stay as they are and the new
 * and changed objects are appended with their own cross-reference section, so signatures made
 * earlier keep covering exactly what they covered. pdf-lib parses the document and serialises
 * the objects; this file only appends them.
 */
export class PdfInputError extends Error {
  readonly kind: 'not_pdf' | 'damaged' | 'encrypted';
  constructor(kind: 'not_pdf' | 'damaged' | 'encrypted', message: string) {
    super(message);
    this.name = 'PdfInputError';
    this.kind = kind;
  }
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length) =>
  Buffer.from(bytes.subarray(from, to)).toString('latin1');

export function isPdf(bytes: Uint8Array): boolean {
  return latin1(bytes, 0, Math.min(1024, bytes.length)).includes('%PDF-');
}

/** The offset of the last cross-reference section, from the final `startxref`. */
export function lastStartXref(bytes: Uint8Array): number | undefined {
  const tail = latin1(bytes, Math.max(0, bytes.length - 2048));
  const matches = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)];
  const last = matches[matches.length - 1];
  return last ? Number(last[1]) : undefined;
}

/** The end of each revision: the byte after each `%%EOF` (and its end-of-line). */
export function revisionEnds(bytes: Uint8Array): number[] {
  const text = latin1(bytes);
  const ends: number[] = [];
  for (const match of text.matchAll(/%%EOF(\r\n|\r|\n)?/g)) ends.push((match.index ?? 0) + match[0].length);
  return ends;
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  if (!isPdf(bytes)) throw new PdfInputError('not_pdf', 'not a PDF');
  try {
    return await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (error) {
    if (error instanceof EncryptedPDFError) throw new PdfInputError('encrypted', 'encrypted PDF');
    throw new PdfInputError('damaged', (error as Error).message);
  }
}

export type IncrementalUpdate = {
  doc: PDFDocument;
  /** Marks an existing object as changed: it is written again in the update. */
  changed(ref: PDFRef): void;
  /** The original bytes followed by the update. */
  finish(): Uint8Array;
};

export async function openForUpdate(bytes: Uint8Array): Promise<IncrementalUpdate> {
  const prev = lastStartXref(bytes);
  if (prev === undefined) throw new PdfInputError('damaged', 'no startxref/%%EOF at the end: truncated?');
  const doc = await loadPdf(bytes);
  const tail = latin1(bytes, Math.max(0, bytes.length - 4096));
  const sizes = [...tail.matchAll(/\/Size\s+(\d+)/g)].map((m) => Number(m[1]));
  const size = Math.max(doc.context.largestObjectNumber + 1, ...sizes);
  doc.context.largestObjectNumber = size - 1;
  const firstNew = size;
  const changedRefs = new Map<string, PDFRef>();

  function finish(): Uint8Array {
    const objects: Array<[PDFRef, PDFObject]> = [];
    for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
      if (ref.objectNumber >= firstNew || changedRefs.has(ref.toString())) objects.push([ref, object]);
    }
    objects.sort((a, b) => a[0].objectNumber - b[0].objectNumber);
    const ends = bytes[bytes.length - 1] === 0x0a || bytes[bytes.length - 1] === 0x0d;
    const parts: Buffer[] = [Buffer.from(bytes), ...(ends ? [] : [Buffer.from('\n')])];
    let offset = parts.reduce((n, p) => n + p.length, 0);
    const offsets = new Map<number, { offset: number; generation: number }>();
    for (const [ref, object] of objects) {
      const body = new Uint8Array(object.sizeInBytes());
      object.copyBytesInto(body, 0);
      const chunk = Buffer.concat([
        Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n`),
        body,
        Buffer.from('\nendobj\n'),
      ]);
      offsets.set(ref.objectNumber, { offset, generation: ref.generationNumber });
      parts.push(chunk);
      offset += chunk.length;
    }
    const numbers = [...offsets.keys()].sort((a, b) => a - b);
    let xref = 'xref\n';
    for (let i = 0; i < numbers.length; ) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j += 1;
      xref += `${numbers[i]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k += 1) {
        const entry = offsets.get(numbers[k] ?? 0);
        xref += `${String(entry?.offset).padStart(10, '0')} ${String(entry?.generation).padStart(5, '0')} n \n`;
      }
      i = j + 1;
    }
    const info = doc.context.trailerInfo;
    const trailer = doc.context.obj({
      Size: doc.context.largestObjectNumber + 1,
      Root: info.Root,
      ...(info.Info ? { Info: info.Info } : {}),
      ...(info.ID ? { ID: info.ID } : {}),
      Prev: prev,
    });
    parts.push(Buffer.from(`${xref}trailer\n${trailer.toString()}\nstartxref\n${offset}\n%%EOF\n`));
    return Buffer.concat(parts);
  }

  return {
    doc,
    changed(ref) {
      if (!(ref instanceof PDFRef)) return;
      changedRefs.set(ref.toString(), ref);
    },
    finish,
  };
}
