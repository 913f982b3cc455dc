import fs from 'node:fs';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/index.ts';
import { createStorage, saveFile } from '../../platform/files/index.ts';
import { newId } from '../../platform/ids.ts';
import { SIMULATED_CITIZENS, type SimulatedCitizen } from '../../simulators/national-id/index.ts';
import * as store from './wallet.store.ts';
import { renderSimpleDocument, type SimpleDocument } from './wallet-documents.ts';

/**
 * Demo items of the national-ID simulator's citizens: a copy of each one's identity card
 * ('cccd'), and for Nguyễn Văn An (001085012345) the hospital's birth certificate of his newborn
 * ('giay-chung-sinh', born twelve days before the first seeding) and his marriage certificate, so
 * that the birth-registration journey picks them from the wallet. Idempotent: an item of a kind
 * the citizen already has is left alone. Fictional data, marked as such on every page.
 */
const OWNER = 'system:demo';
const NOTE = 'Dữ liệu mẫu dùng để trình diễn hệ thống Liên Thông — không có giá trị pháp lý.';
export const DEMO_FATHER = '001085012345';

type DemoItem = {
  personalId: string;
  kind: string;
  title: string;
  source: string;
  issuedAt: Date;
  validTo: string | null;
  data: Record<string, unknown>;
  fileName: string;
  document: SimpleDocument;
};

const SEX = { male: 'Nam', female: 'Nữ' } as const;

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Today in Hà Nội (UTC+7), as yyyy-mm-dd, `days` earlier. */
function hanoiDay(now: Date, days = 0): string {
  return new Date(now.getTime() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** Luật Căn cước 2023, Art. 21: the card is renewed at 25, 40 and 60 years of age (none after). */
function cardValidTo(birthDate: string, issuedOn: string): string | null {
  const birthYear = Number(birthDate.slice(0, 4));
  const issuedYear = Number(issuedOn.slice(0, 4));
  const age = issuedYear - birthYear;
  const next = [25, 40, 60].find((limit) => age < limit - 2);
  return next === undefined ? null : `${birthYear + next}${birthDate.slice(4)}`;
}

function identityCard(citizen: SimulatedCitizen): DemoItem {
  // Issued between July 2024 and June 2025, spread by the serial.
  const serial = Number(citizen.personalId.slice(-3));
  const issued = new Date(Date.UTC(2024, 6 + (serial % 12), 1 + (serial % 27)));
  const issuedOn = issued.toISOString().slice(0, 10);
  const validTo = cardValidTo(citizen.birthDate, issuedOn);
  const data = {
    personalId: citizen.personalId,
    fullName: citizen.fullName,
    birthDate: citizen.birthDate,
    sex: citizen.sex,
    nationality: 'Việt Nam',
    placeOfOrigin: citizen.placeOfOrigin,
    permanentAddress: citizen.permanentAddress,
    issuedOn,
  };
  return {
    personalId: citizen.personalId,
    kind: 'cccd',
    title: 'Thẻ căn cước (bản sao điện tử)',
    source: 'Bộ Công an (dữ liệu mẫu)',
    issuedAt: issued,
    validTo,
    data,
    fileName: 'the-can-cuoc.pdf',
    document: {
      issuer: ['BỘ CÔNG AN', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội'],
      title: 'Thẻ căn cước',
      subtitle: 'Bản sao điện tử — Luật Căn cước số 26/2023/QH15',
      lines: [
        ['Số định danh cá nhân', citizen.personalId],
        ['Họ, chữ đệm và tên', citizen.fullName],
        ['Ngày, tháng, năm sinh', ddmmyyyy(citizen.birthDate)],
        ['Giới tính', SEX[citizen.sex]],
        ['Quốc tịch', 'Việt Nam'],
        ['Quê quán', citizen.placeOfOrigin],
        ['Nơi thường trú', citizen.permanentAddress],
        ['Ngày cấp', ddmmyyyy(issuedOn)],
        ['Có giá trị đến', validTo ? ddmmyyyy(validTo) : 'Không thời hạn'],
      ],
      place: `Hà Nội, ngày ${ddmmyyyy(issuedOn)}`,
      note: NOTE,
    },
  };
}

function birthCertificate(now: Date): DemoItem {
  const birthDate = hanoiDay(now, 12);
  const data = {
    childName: 'Nguyễn Bảo Ngọc',
    sex: 'female',
    birthDate,
    birthTime: '08:45',
    birthPlace: 'Bệnh viện Phụ sản Hà Nội, 929 đường La Thành, Phường Giảng Võ, Thành phố Hà Nội',
    weightGrams: 3200,
    motherName: 'Lê Thị Hồng',
    motherPersonalId: '001187034512',
    motherBirthYear: 1987,
    fatherName: 'Nguyễn Văn An',
    fatherPersonalId: DEMO_FATHER,
    residence: 'Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
  };
  return {
    personalId: DEMO_FATHER,
    kind: 'giay-chung-sinh',
    title: 'Giấy chứng sinh — Nguyễn Bảo Ngọc',
    source: 'Bệnh viện Phụ sản Hà Nội (dữ liệu mẫu)',
    issuedAt: new Date(`${hanoiDay(now, 10)}T09:00:00+07:00`),
    validTo: null,
    data,
    fileName: 'giay-chung-sinh.pdf',
    document: {
      issuer: ['SỞ Y TẾ THÀNH PHỐ HÀ NỘI', 'BỆNH VIỆN PHỤ SẢN HÀ NỘI'],
      title: 'Giấy chứng sinh',
      subtitle: 'Mẫu theo Thông tư số 17/2012/TT-BYT',
      lines: [
        ['Họ và tên mẹ', `${data.motherName} — năm sinh ${data.motherBirthYear}`],
        ['Số định danh cá nhân của mẹ', data.motherPersonalId],
        ['Nơi cư trú', data.residence],
        ['Họ và tên cha', data.fatherName],
        ['Đã sinh con vào lúc', `${data.birthTime} ngày ${ddmmyyyy(birthDate)}`],
        ['Tại', data.birthPlace],
        ['Giới tính của con', 'Nữ'],
        ['Cân nặng', '3.200 gam'],
        ['Dự định đặt tên con là', data.childName],
      ],
      place: `Hà Nội, ngày ${ddmmyyyy(hanoiDay(now, 10))}`,
      note: NOTE,
    },
  };
}

function marriageCertificate(): DemoItem {
  const data = {
    husbandName: 'Nguyễn Văn An',
    husbandPersonalId: DEMO_FATHER,
    husbandBirthDate: '1985-03-14',
    wifeName: 'Lê Thị Hồng',
    wifePersonalId: '001187034512',
    wifeBirthDate: '1987-09-21',
    registeredOn: '2016-05-20',
    registeredBy: 'Ủy ban nhân dân phường Đội Cấn, quận Ba Đình',
    bookNo: '12/2016',
  };
  return {
    personalId: DEMO_FATHER,
    kind: 'giay-chung-nhan-ket-hon',
    title: 'Giấy chứng nhận kết hôn',
    source: 'Ủy ban nhân dân phường Đội Cấn (dữ liệu mẫu)',
    issuedAt: new Date('2016-05-20T09:00:00+07:00'),
    validTo: null,
    data,
    fileName: 'giay-chung-nhan-ket-hon.pdf',
    document: {
      issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐỘI CẤN, QUẬN BA ĐÌNH'],
      title: 'Giấy chứng nhận kết hôn',
      subtitle: 'Luật Hộ tịch năm 2014',
      lines: [
        ['Họ, chữ đệm, tên chồng', data.husbandName],
        ['Ngày sinh', ddmmyyyy(data.husbandBirthDate)],
        ['Số định danh cá nhân', data.husbandPersonalId],
        ['Họ, chữ đệm, tên vợ', data.wifeName],
        ['Ngày sinh', ddmmyyyy(data.wifeBirthDate)],
        ['Số định danh cá nhân', data.wifePersonalId],
        ['Ngày đăng ký', ddmmyyyy(data.registeredOn)],
        ['Quyển số', data.bookNo],
      ],
      place: `Ba Đình, ngày ${ddmmyyyy(data.registeredOn)}`,
      note: NOTE,
    },
  };
}

export function demoItems(now: Date): DemoItem[] {
  return [birthCertificate(now), marriageCertificate(), ...SIMULATED_CITIZENS.map(identityCard)];
}

export async function seedWalletDemo(db: Db, config: Config, now: Date = new Date()): Promise<number> {
  const storage = createStorage(config.storage);
  let font: Uint8Array | undefined;
  try {
    font = fs.readFileSync(config.signatures.fontFile);
  } catch {
    font = undefined; // Items without their PDF (the font is in Debian's fonts-noto-core).
  }
  let added = 0;
  for (const item of demoItems(now)) {
    if ((await store.findItems(db, item.personalId, [item.kind])).length > 0) continue;
    const file = font
      ? await saveFile({ db, storage }, await renderSimpleDocument(font, item.document), {
          name: item.fileName,
          mediaType: 'application/pdf',
          ownerId: OWNER,
        })
      : undefined;
    await store.insertItem(db, {
      id: newId(),
      personalId: item.personalId,
      kind: item.kind,
      title: item.title,
      fileId: file?.id ?? null,
      data: item.data,
      source: item.source,
      issuedAt: item.issuedAt,
      validTo: item.validTo,
    });
    added += 1;
  }
  return added;
}

export const demoSeeder = {
  name: 'wallet',
  async run(db: Db, context: { config: Config }) {
    await seedWalletDemo(db, context.config);
    return { logins: [] };
  },
};
