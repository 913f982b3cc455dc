import type { CertificateView, IssueCertificateInput } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { PkiService } from './pki/pki.service.ts';
import { type CertificateRow, findCertificate, listFor } from './pki/pki.store.ts';
import type { SubscriberRole } from './pki/profiles.ts';

export type CertificatesService = ReturnType<typeof createCertificatesService>;

const SUBJECT_TYPE: Record<SubscriberRole, 'official' | 'org_unit' | 'citizen'> = {
  official: 'official',
  seal: 'org_unit',
  citizen: 'citizen',
};

export function presentCertificate(row: CertificateRow): CertificateView {
  return {
    id: row.id,
    role: row.role as CertificateView['role'],
    subjectType: (row.subjectType ?? 'official') as CertificateView['subjectType'],
    subjectRef: row.subjectRef ?? '',
    subjectName: row.subjectName,
    serial: row.serial,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    status: row.status as CertificateView['status'],
    revokedAt: row.revokedAt?.toISOString() ?? null,
    keyLocation: row.keyLocation as CertificateView['keyLocation'],
    certificatePem: row.certificatePem,
  };
}

export function createCertificatesService(deps: { db: Db; pki: PkiService; locality: string }) {
  const { db, pki } = deps;

  async function issueAudited(
    actor: Actor,
    origin: AuditOrigin,
    input: IssueCertificateInput,
    how: 'issued' | 'enrolled',
  ): Promise<CertificateRow> {
    // Load (or create) the CAs before the transaction: with one connection (PGlite) a nested
    // transaction would wait for this one.
    await pki.authorities();
    const now = pki.now();
    const notAfter = new Date(now);
    notAfter.setUTCFullYear(notAfter.getUTCFullYear() + input.validYears);
    return db.transaction(async (tx) => {
      const row = await pki.issue(
        tx,
        {
          role: input.role,
          commonName: input.commonName,
          organisation: input.organisation,
          locality: deps.locality,
          uid: input.subjectRef,
          email: input.email,
          notAfter,
          subjectType: SUBJECT_TYPE[input.role],
          subjectRef: input.subjectRef,
        },
        actor.id,
      );
      await recordAudit(tx, actor, origin, {
        action: `pki.certificate.${how}`,
        subject: { type: 'certificate', id: row.id },
        details: {
          role: row.role,
          subjectType: row.subjectType,
          subjectRef: row.subjectRef,
          serial: row.serial,
        },
      });
      return row;
    });
  }

  /**
   * The certificate a subject signs with: its newest active, unexpired one. A subject that has
   * never had one is enrolled by the internal CA on first use (audited); one whose certificate
   * was revoked or expired is refused until pki.manage issues a new one.
   */
  async function current(
    actor: Actor,
    origin: AuditOrigin,
    role: SubscriberRole,
    subjectRef: string,
    enrol: () => IssueCertificateInput,
  ): Promise<CertificateRow> {
    const rows = await listFor(db, SUBJECT_TYPE[role], subjectRef);
    const now = pki.now();
    const own = rows.filter((r) => r.role === role);
    const usable = own.find((r) => r.status === 'active' && r.notAfter > now && r.notBefore <= now);
    if (usable) return usable;
    const latest = own[0];
    if (latest?.status === 'revoked') throw new AppError('SIGNATURE_CERTIFICATE_REVOKED');
    if (latest) throw new AppError('SIGNATURE_CERTIFICATE_EXPIRED');
    if (pki.config.mode !== 'internal') throw new AppError('SIGNATURE_NO_CERTIFICATE');
    return issueAudited(actor, origin, enrol(), 'enrolled');
  }

  async function forOfficial(actor: Actor, origin: AuditOrigin): Promise<CertificateRow> {
    return current(actor, origin, 'official', actor.id, () => ({
      role: 'official',
      subjectRef: actor.id,
      commonName: actor.displayName,
      organisation: actor.orgUnitName,
      validYears: 3,
    }));
  }

  async function forUnit(actor: Actor, origin: AuditOrigin, unitId: string, unitName: string) {
    return current(actor, origin, 'seal', unitId, () => ({
      role: 'seal',
      subjectRef: unitId,
      commonName: unitName,
      organisation: unitName,
      validYears: 5,
    }));
  }

  async function issue(
    actor: Actor,
    origin: AuditOrigin,
    input: IssueCertificateInput,
  ): Promise<CertificateView> {
    return presentCertificate(await issueAudited(actor, origin, input, 'issued'));
  }

  async function revoke(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    reason: number,
  ): Promise<CertificateView> {
    return db.transaction(async (tx) => {
      const existing = await findCertificate(tx, id);
      if (!existing || !['official', 'seal', 'citizen'].includes(existing.role))
        throw new AppError('NOT_FOUND');
      if (existing.status === 'revoked')
        throw new AppError('CONFLICT', 'Chứng thư số đã bị thu hồi trước đó.');
      const row = await pki.revoke(tx, id, reason);
      if (!row) throw new AppError('CONFLICT');
      await recordAudit(tx, actor, origin, {
        action: 'pki.certificate.revoked',
        subject: { type: 'certificate', id },
        details: { reason, serial: row.serial },
      });
      return presentCertificate(row);
    });
  }

  async function list(subjectType: string, subjectRef: string): Promise<CertificateView[]> {
    return (await listFor(db, subjectType, subjectRef)).map(presentCertificate);
  }

  return { forOfficial, forUnit, issue, revoke, list };
}
