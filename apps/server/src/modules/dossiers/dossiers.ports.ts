import type { ProcedureDefinition } from '@lienthong/contracts';
import type { WorkingCalendar } from '@lienthong/vn';
import type { AuditOrigin } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileStorage } from '../../platform/files/index.ts';
import type { SigningStep } from '../signatures/index.ts';

/**
 * What the dossiers module needs from other parts of the platform, as narrow interfaces: app.ts
 * wires the real services (procedures, signatures, wallet, notifications, registries, calendar);
 * tests may pass their own.
 */

export type ProcedureVersion = {
  id: string;
  procedureId: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  definition: ProcedureDefinition;
};

export type ProceduresPort = {
  versionInForce(procedureId: string, day: string): Promise<ProcedureVersion | null>;
  getVersion(versionId: string): Promise<ProcedureVersion | null>;
  validateFormData(
    definition: ProcedureDefinition,
    formData: unknown,
    versionId?: string,
  ): { path: string; message: string }[];
};

export type SigningPort = {
  signingStep(
    actor: Actor,
    origin: AuditOrigin,
    step: SigningStep,
  ): Promise<{ id: string; code: string; verifyUrl: string; fileId: string; fileName: string }>;
};

export type WalletItem = {
  id: string;
  personalId: string;
  kind: string;
  title: string;
  fileId: string | null;
  data: Record<string, unknown>;
  source: string;
  issuedAt: Date;
};

export type WalletPort = {
  listFor(personalId: string, kinds?: string[]): Promise<WalletItem[]>;
  findOwned(db: Db, id: string, personalId: string): Promise<WalletItem | null>;
  addItem(
    db: Db,
    input: {
      personalId: string;
      kind: string;
      title: string;
      fileId: string | null;
      data: Record<string, unknown>;
      source: string;
      sourceDossierId: string | null;
      issuedAt: Date;
    },
  ): Promise<unknown>;
};

export type NotifyPort = {
  notify(
    db: Db,
    message: {
      recipientId: string;
      subject: string;
      body: string;
      link?: string;
      email?: string | null;
      phone?: string | null;
    },
  ): Promise<void>;
};

export type ResidentRecord = {
  fullName: string;
  birthDate?: string;
  permanentAddress?: string;
  household?: { headName: string; headPersonalId: string; relation: string; members: unknown[] };
};

export type RegistriesPort = {
  population: { findResident(personalId: string): Promise<ResidentRecord | null> };
};

export type CalendarPort = { workingCalendar(): Promise<WorkingCalendar> };

export type DossiersDeps = {
  db: Db;
  storage: FileStorage;
  procedures: ProceduresPort;
  signing: SigningPort;
  wallet: WalletPort;
  notifier: NotifyPort;
  registries: RegistriesPort;
  calendar: CalendarPort;
  /** The Noto Sans TTF used in generated PDFs (forms, results). */
  font: () => Uint8Array;
  /** The platform's public origin, for links printed on forms (tracking, verification). */
  baseUrl: string;
  clock?: () => Date;
};
