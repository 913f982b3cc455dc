import type { ApplicantRecord } from '../dossiers.schema.ts';

/**
 * What the PDF forms of a dossier (Circular 03/2025/TT-VPCP, Annex I) are rendered from. The
 * service assembles these from the dossier, its events and the org module; the renderers are pure
 * (apart from the font bytes the caller passes in).
 */

/** The issuing unit: `parentName` is printed above `name` in the Decree 30 header. */
export type FormUnit = { name: string; parentName: string | null; placeName: string /* "Hà Nội" */ };

export type DossierFormEvent = {
  at: Date;
  actionLabel: string;
  actorName: string;
  unitName: string | null;
  note: string | null;
  stateLabel: string;
  /** Due time of the step this event hands the dossier on to (the next actor's step). */
  stepDueAt: Date | null;
  /** Whether the step this event ends was done on time; computed from the previous event's `stepDueAt` when absent. */
  onTime?: boolean | null;
};

export type DossierFormContext = {
  dossier: {
    code: string | null;
    trackingSecret: string | null;
    procedureCode: string;
    procedureName: string;
    applicant: ApplicantRecord;
    channel: 'online' | 'desk';
    submittedAt: Date | null;
    receivedAt: Date | null;
    dueAt: Date | null;
    promisedAt: Date | null;
    parts: { name: string; fileName: string; source: string }[];
    fees: { name: string; amount: number }[];
    /** Statutory time limit in working days, printed on form 01 when given. */
    timeLimitDays?: number;
  };
  unit: FormUnit;
  officer: { name: string } | null;
  reason?: string; // 02, 03, 04, 05
  partsToAdd?: string[]; // 02
  newDate?: Date; // 04
  trackingUrl?: string; // 01: QR code to public tracking (code + secret)
  events: DossierFormEvent[]; // 06
  issuedAt: Date;
  /** Overrides the signer's title printed at the bottom right (e.g. "KT. CHỦ TỊCH"). */
  signerTitle?: string;
};

export type RegisterRow = {
  code: string;
  procedureName: string;
  applicantName: string;
  address: string | null;
  receivedAt: Date;
  dueAt: Date | null;
  resultReadyAt: Date | null;
  deliveredAt: Date | null;
  stateLabel: string;
  onTime: boolean | null;
};

/** Form 07: `from`/`to` are local dates 'YYYY-MM-DD' (printed dd/mm/yyyy) or free text. */
export type RegisterContext = {
  unit: FormUnit;
  from: string;
  to: string;
  issuedAt: Date;
  rows: RegisterRow[];
};

export type ResultContext = {
  unit: FormUnit;
  title: string /* e.g. "GIẤY KHAI SINH" */;
  /** The dossier code. */
  code: string;
  applicant: ApplicantRecord;
  fields: { label: string; value: string }[];
  signerTitle: string;
  signerName: string;
  issuedAt: Date;
  denial?: { reason: string };
  /** The document's number and symbol, printed "Số: …" under the issuing unit (Decree 30). */
  documentNumber?: string;
  /** The procedure's name, used in a denial's wording ("đề nghị giải quyết thủ tục: …"). */
  procedureName?: string;
  /** "Nơi nhận" lines; default: the applicant and the archive. */
  recipients?: string[];
};
