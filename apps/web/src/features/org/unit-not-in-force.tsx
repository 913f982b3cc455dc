import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLocalDate } from '../../lib/format.ts';
import { dayBefore, kindLabel, shareLabel } from './org-labels.ts';
import { type OrgUnitHistory, useOrgUnitHistory } from './queries.ts';
import { orgHref } from './use-org-params.ts';

export type Absence =
  | { kind: 'not-yet'; from: string }
  | {
      kind: 'ended';
      /** The first day the unit was no longer in force. */
      endedOn: string;
      name: string;
      /** The restructure that ended it, when recorded. */
      cause: { kind: string; legalBasis: string | null } | undefined;
      successors: { unitId: string; name: string | null; share: string; effectiveDate: string }[];
    }
  | { kind: 'unknown' };

/** Why a unit is not in force on `asOf`: not created yet, or ended (and who took over). */
export function absenceOf(history: OrgUnitHistory, unitId: string, asOf: string): Absence {
  const versions = history.versions;
  const first = versions[0];
  if (first && asOf < first.validFrom) return { kind: 'not-yet', from: first.validFrom };
  const ended = [...versions]
    .reverse()
    .find((version) => version.validTo !== null && version.validTo <= asOf);
  if (!ended?.validTo) return { kind: 'unknown' };
  const endedOn = ended.validTo;
  const causes = history.restructures.filter(
    (r) => r.effectiveDate === endedOn && r.lineage.some((l) => l.fromUnitId === unitId),
  );
  const successors = history.restructures
    .filter((r) => r.effectiveDate <= asOf)
    .flatMap((r) =>
      r.lineage
        .filter((l) => l.fromUnitId === unitId && l.toUnitId !== unitId)
        .map((l) => ({ unitId: l.toUnitId, name: l.toName, share: l.share, effectiveDate: r.effectiveDate })),
    );
  const cause = causes[0] ?? history.restructures.find((r) => r.effectiveDate === endedOn);
  return {
    kind: 'ended',
    endedOn,
    name: ended.name,
    cause: cause ? { kind: cause.kind, legalBasis: cause.legalBasis } : undefined,
    successors,
  };
}

/** The notice shown when the selected unit does not exist on the day, with links to its successors. */
export function UnitNotInForce({ unitId, asOf }: { unitId: string; asOf: string }) {
  const { t } = useTranslation();
  const history = useOrgUnitHistory(unitId);
  const day = formatLocalDate(asOf);
  if (!history.data) {
    return <Alert type="warning" role="alert" showIcon title={t('org.notInForceTitle', { date: day })} />;
  }
  const absence = absenceOf(history.data, unitId, asOf);
  if (absence.kind === 'not-yet') {
    return (
      <Alert
        type="warning"
        role="alert"
        showIcon
        title={t('org.notYetTitle', { date: day })}
        description={
          <p>
            {t('org.notYetBody', { from: formatLocalDate(absence.from) })}{' '}
            <Link to={orgHref(absence.from, unitId)}>
              {t('org.viewOn', { date: formatLocalDate(absence.from) })}
            </Link>
          </p>
        }
      />
    );
  }
  if (absence.kind === 'unknown') {
    return <Alert type="warning" role="alert" showIcon title={t('org.notInForceTitle', { date: day })} />;
  }
  const lastDay = dayBefore(absence.endedOn);
  return (
    <Alert
      type="warning"
      role="alert"
      showIcon
      className="org-not-in-force"
      title={t('org.endedTitle', { name: absence.name, date: day })}
      description={
        <>
          <p>
            {absence.cause
              ? t('org.endedBecause', {
                  date: formatLocalDate(absence.endedOn),
                  kind: kindLabel(t, absence.cause.kind).toLowerCase(),
                  basis: absence.cause.legalBasis ?? t('org.none'),
                })
              : t('org.endedOn', { date: formatLocalDate(absence.endedOn) })}{' '}
            <Link to={orgHref(lastDay, unitId)}>{t('org.viewOn', { date: formatLocalDate(lastDay) })}</Link>
          </p>
          {absence.successors.length > 0 ? (
            <>
              <p>{t('org.successorsLead')}</p>
              <ul className="org-not-in-force__successors">
                {absence.successors.map((successor) => (
                  <li key={`${successor.unitId}:${successor.effectiveDate}`}>
                    <Link to={orgHref(asOf, successor.unitId)}>{successor.name ?? t('org.unnamedUnit')}</Link>{' '}
                    ({shareLabel(t, successor.share).toLowerCase()})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('org.noSuccessors')}</p>
          )}
        </>
      }
    />
  );
}
