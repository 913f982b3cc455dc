import type { OrgBlock, OrgUnitType } from '@lienthong/contracts';

/**
 * City-level bodies of Hà Nội in the demo data. Departments: those in place after the 2025
 * reorganisation of specialised agencies (from 1 March 2025); the list is demo data, not an
 * exhaustive register. `parent` is another body's key, or null for the city itself.
 */
export type BodySpec = {
  key: string;
  name: string;
  shortName?: string;
  unitType: OrgUnitType;
  block: OrgBlock;
  parent: string | null;
};

const department = (key: string, name: string, unitType: OrgUnitType = 'department'): BodySpec => ({
  key,
  name,
  unitType,
  block: 'government',
  parent: 'ubnd',
});

const massOrganisation = (key: string, name: string, shortName: string): BodySpec => ({
  key,
  name,
  shortName,
  unitType: 'mass_organisation',
  block: 'mass_org',
  parent: null,
});

export const HANOI_BODIES: BodySpec[] = [
  {
    key: 'ubnd',
    name: 'Ủy ban nhân dân thành phố Hà Nội',
    shortName: 'UBND thành phố',
    unitType: 'city_peoples_committee',
    block: 'government',
    parent: null,
  },
  {
    key: 'hdnd',
    name: 'Hội đồng nhân dân thành phố Hà Nội',
    shortName: 'HĐND thành phố',
    unitType: 'city_peoples_council',
    block: 'government',
    parent: null,
  },
  {
    key: 'thanh-uy',
    name: 'Thành ủy Hà Nội',
    shortName: 'Thành ủy',
    unitType: 'party_committee',
    block: 'party',
    parent: null,
  },
  {
    key: 'mttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội',
    shortName: 'Ủy ban MTTQ thành phố',
    unitType: 'front_committee',
    block: 'front',
    parent: null,
  },
  massOrganisation('doan-tn', 'Thành đoàn Hà Nội', 'Đoàn TNCS Hồ Chí Minh thành phố'),
  massOrganisation('hoi-phu-nu', 'Hội Liên hiệp Phụ nữ thành phố Hà Nội', 'Hội LHPN thành phố'),
  massOrganisation('hoi-nong-dan', 'Hội Nông dân thành phố Hà Nội', 'Hội Nông dân thành phố'),
  massOrganisation('hoi-ccb', 'Hội Cựu chiến binh thành phố Hà Nội', 'Hội CCB thành phố'),
  massOrganisation('cong-doan', 'Liên đoàn Lao động thành phố Hà Nội', 'LĐLĐ thành phố'),
  department('van-phong', 'Văn phòng Ủy ban nhân dân thành phố', 'office'),
  department('noi-vu', 'Sở Nội vụ'),
  department('tai-chinh', 'Sở Tài chính'),
  department('xay-dung', 'Sở Xây dựng'),
  department('khcn', 'Sở Khoa học và Công nghệ'),
  department('y-te', 'Sở Y tế'),
  department('gddt', 'Sở Giáo dục và Đào tạo'),
  department('tu-phap', 'Sở Tư pháp'),
  department('nn-mt', 'Sở Nông nghiệp và Môi trường'),
  department('cong-thuong', 'Sở Công Thương'),
  department('vh-tt', 'Sở Văn hóa và Thể thao'),
  department('du-lich', 'Sở Du lịch'),
  department('qh-kt', 'Sở Quy hoạch – Kiến trúc'),
  department('thanh-tra', 'Thanh tra thành phố'),
  department('tt-hcc', 'Trung tâm Phục vụ hành chính công thành phố', 'public_service_centre'),
];

/** The socio-political organisations placed under the Fatherland Front from 2025-07-01. */
export const MASS_ORGANISATION_KEYS = ['doan-tn', 'hoi-phu-nu', 'hoi-nong-dan', 'hoi-ccb', 'cong-doan'];
