import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, type PDFRef, PDFString } from 'pdf-lib';
import { buildSignedData, type KeySigner, type TimestampSource } from '../cms/cms.ts';
import { sha256 } from '../pki/crypto.ts';
import { type AppearanceSpec, buildAppearance } from './appearance.ts';
import { openForUpdate } from './incremental.ts';

/**
 * PAdES baseline signatures (ETSI EN 319 142-1) made by incremental update: B-B (CMS with
 * ESS signing-certificate-v2, SubFilter ETSI.CAdES.detached), B-T (+ signature timestamp),
 * B-LT (+ a /DSS with the chain and its revocation data, added in a further update).
 * @signpdf fills the ByteRange and the signature; the CMS is ours (cms.ts).
 */
export type PadesLevel = 'B-B' | 'B-T' | 'B-LT';

export type ValidationData = { certificates: Uint8Array[]; crls: Uint8Array[]; ocsps: Uint8Array[] };

export type PadesOptions = {
  signer: KeySigner;
  level: PadesLevel;
  signingTime: Date;
  timestamp?: TimestampSource | undefined;
  /** Validation data for B-LT (chain, CRLs and/or OCSP answers). */
  validationData?: (() => Promise<ValidationData>) | undefined;
  name: string;
  reason: string;
  location?: string | undefined;
  /** Visible signature: where and what; without it the signature is invisible. */
  appearance?:
    | (AppearanceSpec & { page: 'first' | 'last'; corner: 'top-right' | 'bottom-right' })
    | undefined;
  font: Uint8Array;
};

/** Room for the CMS: signer, 2 CA certificates and a timestamp token with its chain. */
const SIGNATURE_BYTES = 24_000;

class CmsSigner extends Signer {
  readonly #options: PadesOptions;
  constructor(options: PadesOptions) {
    super();
    this.#options = options;
  }
  override async sign(pdf: Buffer): Promise<Buffer> {
    const { signer, level, timestamp } = this.#options;
    const cms = await buildSignedData({
      signer,
      digest: sha256(pdf),
      ...(level !== 'B-B' && timestamp ? { timestamp } : {}),
    });
    return Buffer.from(cms);
  }
}

function signatureFieldCount(acroForm: PDFDict | undefined): number {
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  return fields ? fields.size() : 0;
}

export async function signPdf(pdf: Uint8Array, options: PadesOptions): Promise<Uint8Array> {
  if (options.level !== 'B-B' && !options.timestamp)
    throw new Error(`${options.level} needs a timestamp source`);
  const update = await openForUpdate(pdf);
  const { doc } = update;
  const context = doc.context;
  const pages = doc.getPages();
  const page = options.appearance?.page === 'last' ? pages[pages.length - 1] : pages[0];
  if (!page) throw new Error('the PDF has no page');

  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i += 1) byteRange.push(PDFName.of('**********'));
  const sigDict = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(SIGNATURE_BYTES * 2)),
    M: PDFString.fromDate(options.signingTime),
    Name: PDFHexString.fromText(options.name),
    Reason: PDFHexString.fromText(options.reason),
    ...(options.location ? { Location: PDFHexString.fromText(options.location) } : {}),
    Prop_Build: { App: { Name: 'Lien.Thong' } },
  });
  const sigRef = context.register(sigDict);

  let rect = [0, 0, 0, 0];
  let apRef: PDFRef | undefined;
  if (options.appearance) {
    const built = await buildAppearance(doc, options.font, options.appearance);
    const { width: pw, height: ph } = page.getSize();
    const margin = 36;
    const x = pw - margin - built.width;
    const y = options.appearance.corner === 'top-right' ? ph - margin / 2 - built.height : margin;
    rect = [x, y, x + built.width, y + built.height];
    apRef = built.ref;
  }
  let acroFormRef = doc.catalog.get(PDFName.of('AcroForm'));
  let acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fieldName = `ChuKySo${signatureFieldCount(acroForm) + 1}`;
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: rect,
    V: sigRef,
    T: PDFString.of(fieldName),
    F: 132, // Print | Locked
    P: page.ref,
    ...(apRef ? { AP: { N: apRef } } : {}),
  });
  const widgetRef = context.register(widget);

  const annotsRaw = page.node.get(PDFName.of('Annots'));
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) {
    annots.push(widgetRef);
    if (annotsRaw !== annots) update.changed(annotsRaw as PDFRef);
    else update.changed(page.ref);
  } else {
    page.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
    update.changed(page.ref);
  }
  if (!acroForm) {
    acroForm = context.obj({ Fields: [] });
    acroFormRef = context.register(acroForm);
    doc.catalog.set(PDFName.of('AcroForm'), acroFormRef);
    update.changed(context.trailerInfo.Root as PDFRef);
  } else if (acroFormRef === acroForm) {
    update.changed(context.trailerInfo.Root as PDFRef);
  } else {
    update.changed(acroFormRef as PDFRef);
  }
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  const fieldsRaw = acroForm.get(PDFName.of('Fields'));
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray);
  if (fields) {
    fields.push(widgetRef);
    if (fieldsRaw !== fields) update.changed(fieldsRaw as PDFRef);
  } else {
    acroForm.set(PDFName.of('Fields'), context.obj([widgetRef]));
  }

  const prepared = Buffer.from(update.finish());
  const signed = await new SignPdf().sign(prepared, new CmsSigner(options));
  if (options.level !== 'B-LT' || !options.validationData) return new Uint8Array(signed);
  return addDss(new Uint8Array(signed), await options.validationData());
}

/** B-LT: appends the Document Security Store (certificates, CRLs, OCSP answers). */
export async function addDss(pdf: Uint8Array, data: ValidationData): Promise<Uint8Array> {
  const update = await openForUpdate(pdf);
  const { doc } = update;
  const context = doc.context;
  const streams = (items: Uint8Array[]) => items.map((bytes) => context.register(context.flateStream(bytes)));
  const dss = context.obj({
    Certs: streams(data.certificates),
    ...(data.crls.length ? { CRLs: streams(data.crls) } : {}),
    ...(data.ocsps.length ? { OCSPs: streams(data.ocsps) } : {}),
  });
  doc.catalog.set(PDFName.of('DSS'), context.register(dss));
  update.changed(context.trailerInfo.Root as PDFRef);
  return update.finish();
}
