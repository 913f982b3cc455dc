import { PDFArray, PDFDict, type PDFDocument, PDFName, type PDFObject, PDFRef } from 'pdf-lib';
import { loadPdf } from '../pdf/incremental.ts';

/**
 * What the incremental updates after a signed revision changed (ISO 32000-1 §12.8.2.2: later
 * signatures and validation data are allowed changes). Objects are compared as pdf-lib
 * serialises them; an object rewritten in a later revision is allowed only when it is the
 * catalog (AcroForm/DSS added), the AcroForm, a page (Annots only) or an Annots/Fields array,
 * and every annotation those add is a signature field.
 */
export type LaterChanges = 'none' | 'signatures_only' | 'other';

function text(object: PDFObject | undefined): string {
  return object ? object.toString() : '';
}

function isSignatureWidget(doc: PDFDocument, ref: PDFObject | undefined): boolean {
  const dict = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(dict instanceof PDFDict)) return false;
  const ft =
    dict.get(PDFName.of('FT')) ?? dict.lookupMaybe(PDFName.of('Parent'), PDFDict)?.get(PDFName.of('FT'));
  return ft === PDFName.of('Sig');
}

/** Keys of a dictionary that differ between two versions. */
function changedKeys(before: PDFDict, after: PDFDict): string[] {
  const keys = new Set([...before.keys(), ...after.keys()].map((k) => k.toString()));
  return [...keys].filter(
    (k) => text(before.get(PDFName.of(k.slice(1)))) !== text(after.get(PDFName.of(k.slice(1)))),
  );
}

function arrayOnlyAddsSignatures(doc: PDFDocument, before: PDFArray, after: PDFArray): boolean {
  const old = before.asArray().map(text);
  const now = after.asArray();
  if (now.length < old.length || old.some((item, i) => item !== text(now[i]))) return false;
  return now.slice(old.length).every((item) => isSignatureWidget(doc, item));
}

function allowedRewrite(doc: PDFDocument, before: PDFObject, after: PDFObject): boolean {
  if (before instanceof PDFArray && after instanceof PDFArray)
    return arrayOnlyAddsSignatures(doc, before, after);
  if (!(before instanceof PDFDict) || !(after instanceof PDFDict)) return false;
  const type = after.get(PDFName.of('Type'));
  const keys = changedKeys(before, after);
  if (type === PDFName.of('Catalog'))
    return keys.every((k) => ['/AcroForm', '/DSS', '/Extensions'].includes(k));
  if (type === PDFName.of('Page')) {
    if (!keys.every((k) => k === '/Annots')) return false;
    const a = before.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const b = after.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return !b || arrayOnlyAddsSignatures(doc, a ?? doc.context.obj([]), b);
  }
  if (after.has(PDFName.of('Fields'))) {
    if (!keys.every((k) => ['/Fields', '/SigFlags', '/DA', '/DR'].includes(k))) return false;
    const a = before.lookupMaybe(PDFName.of('Fields'), PDFArray);
    const b = after.lookupMaybe(PDFName.of('Fields'), PDFArray);
    return !b || arrayOnlyAddsSignatures(doc, a ?? doc.context.obj([]), b);
  }
  return false;
}

export async function laterChanges(file: Uint8Array, signedEnd: number): Promise<LaterChanges> {
  if (signedEnd >= file.length) return 'none';
  const before = await loadPdf(file.subarray(0, signedEnd));
  const after = await loadPdf(file);
  for (const [ref, object] of after.context.enumerateIndirectObjects()) {
    const previous = before.context.lookup(ref);
    if (previous === undefined) {
      // A new annotation that is not a signature field (e.g. text pasted over the page) is a change.
      if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Annot')) {
        if (!isSignatureWidget(after, object)) return 'other';
      }
      continue;
    }
    if (text(previous) === text(object)) continue;
    if (!allowedRewrite(after, previous, object)) return 'other';
  }
  return 'signatures_only';
}
