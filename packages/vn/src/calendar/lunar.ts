import { VnError } from '../errors.ts';
import {
  type DateInput,
  dayNumberFromParts,
  fromDayNumber,
  type LocalDate,
  toDayNumber,
} from './local-date.ts';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
 *
 * Method (the astronomical method described by Hồ Ngọc Đức, implemented here from the formulas):
 * - a lunar month starts on the local day of a new moon (mean new moon plus the main periodic
 *   terms, after J. Meeus, "Astronomical Algorithms", ch. 49);
 * - month 11 is the month containing the December solstice;
 * - a lunar year with 13 months between two months 11 has a leap month: the first month after
 *   month 11 during which the sun enters no new 30° sector of longitude (no major solar term);
 *   it takes the number of the month before it.
 * Valid for solar years 1800–2199. Chinese calendars (UTC+8) differ in some years (Tết 1985).
 */
export type LunarDate = { year: number; month: number; day: number; isLeapMonth: boolean };

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day (UT) of the new moon numbered k = 0, near 1900-01-01. */
const NEW_MOON_EPOCH = 2_415_021.076998695;
/** Julian day number of 1970-01-01 (day number 0). */
const JDN_OF_DAY_ZERO = 2_440_588;
const RAD = Math.PI / 180;
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

/** Julian day (UT, fractional) of the k-th new moon after NEW_MOON_EPOCH. */
function newMoonJulianDay(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2_415_020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Local day number of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDay(k) + 0.5 + TIME_ZONE_HOURS / 24) - JDN_OF_DAY_ZERO;
}

/** Which 30° sector (0–11, 0 = from the March equinox) the sun is in at local midnight of a day. */
function sunSector(dayNumber: number): number {
  const julianDay = dayNumber + JDN_OF_DAY_ZERO - 0.5 - TIME_ZONE_HOURS / 24;
  const t = (julianDay - 2_451_545) / 36_525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (((meanLongitude + center) % 360) + 360) % 360;
  return Math.floor(longitude / 30);
}

function newMoonIndexNear(dayNumber: number): number {
  return Math.round((dayNumber + JDN_OF_DAY_ZERO - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Local day number on which lunar month 11 of the given solar year starts. */
function month11Start(year: number): number {
  const k = Math.floor((dayNumberFromParts(year, 12, 31) + JDN_OF_DAY_ZERO - 2_415_021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Sector 9 starts at the solstice (270°): a month starting after it is already month 12.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

type LunarMonth = { start: number; length: number; year: number; month: number; isLeapMonth: boolean };

const periods = new Map<number, LunarMonth[]>();

/** The lunar months from month 11 of solar year `year - 1` up to (not including) month 11 of `year`. */
function listPeriodMonths(year: number): LunarMonth[] {
  const cached = periods.get(year);
  if (cached !== undefined) return cached;
  const from = month11Start(year - 1);
  const to = month11Start(year);
  const k = newMoonIndexNear(from);
  const count = Math.round((to - from) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(i === 0 ? from : i === count ? to : newMoonDay(k + i));
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i] ?? 0) === sunSector(starts[i + 1] ?? 0)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const position = leapIndex >= 0 && i >= leapIndex ? i - 1 : i; // 0 = month 11, 1 = month 12, 2 = month 1…
    const start = starts[i] ?? 0;
    months.push({
      start,
      length: (starts[i + 1] ?? 0) - start,
      year: position < 2 ? year - 1 : year,
      month: ((position + 10) % 12) + 1,
      isLeapMonth: i === leapIndex,
    });
  }
  periods.set(year, months);
  return months;
}

function assertYearInRange(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new VnError(
      'INVALID_LUNAR_DATE',
      `Năm ${year} nằm ngoài phạm vi tính âm lịch (${MIN_YEAR}–${MAX_YEAR}).`,
    );
  }
}

/** The lunar date of a solar date (or of a moment's local date). */
export function solarToLunar(date: DateInput): LunarDate {
  const dayNumber = toDayNumber(date);
  const solarYear = Number(fromDayNumber(dayNumber).slice(0, 4));
  assertYearInRange(solarYear);
  const period = dayNumber >= month11Start(solarYear) ? solarYear + 1 : solarYear;
  const months = listPeriodMonths(period);
  for (let i = months.length - 1; i >= 0; i--) {
    const month = months[i];
    if (month !== undefined && month.start <= dayNumber) {
      return {
        year: month.year,
        month: month.month,
        day: dayNumber - month.start + 1,
        isLeapMonth: month.isLeapMonth,
      };
    }
  }
  throw new VnError('INVALID_LUNAR_DATE', `Không đổi được ngày ${fromDayNumber(dayNumber)} sang âm lịch.`);
}

function findLunarMonth(year: number, month: number, isLeapMonth: boolean): LunarMonth | undefined {
  assertYearInRange(year);
  const months = listPeriodMonths(month >= 11 ? year + 1 : year);
  return months.find((m) => m.year === year && m.month === month && m.isLeapMonth === isLeapMonth);
}

/** Number of days (29 or 30) of a lunar month, or 0 when that (leap) month does not exist. */
export function getLunarMonthLength(year: number, month: number, isLeapMonth = false): number {
  return findLunarMonth(year, month, isLeapMonth)?.length ?? 0;
}

/** The leap month of a lunar year (1–12), or 0 when the year has none. */
export function getLeapMonth(year: number): number {
  for (let month = 1; month <= 12; month++) {
    if (findLunarMonth(year, month, true) !== undefined) return month;
  }
  return 0;
}

/**
 * The solar date of a lunar date. Throws `VnError` when the date does not exist (a leap month the
 * year does not have, day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): LocalDate {
  const { year, month, day, isLeapMonth } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new VnError('INVALID_LUNAR_DATE', `Tháng âm lịch ${month} không hợp lệ (1–12).`);
  }
  const found = findLunarMonth(year, month, isLeapMonth);
  if (found === undefined) {
    throw new VnError('INVALID_LUNAR_DATE', `Năm âm lịch ${year} không có tháng ${month} nhuận.`);
  }
  if (!Number.isInteger(day) || day < 1 || day > found.length) {
    throw new VnError(
      'INVALID_LUNAR_DATE',
      `Ngày âm lịch ${day} không hợp lệ: tháng ${month}${isLeapMonth ? ' nhuận' : ''} năm ${year} có ${found.length} ngày.`,
    );
  }
  return fromDayNumber(found.start + day - 1);
}
