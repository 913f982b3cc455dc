import type { BusinessRecord, HouseholdMember } from './registries.ts';

/**
 * Fictional data of the registry simulator, around the national-ID simulator's twenty citizens
 * (simulators/national-id/citizens.json). Personal IDs follow the real structure (province,
 * century/sex digit, year of birth, serial); tax codes have valid check digits. Not real people.
 */

/** The commune (two-level structure, 1 July 2025) of each citizen's permanent address. */
export const COMMUNE_OF_CITIZEN: Readonly<Record<string, string>> = {
  '001085012345': '00004', // Phường Ba Đình
  '001192004821': '00160', // Phường Nghĩa Đô
  '001078031207': '00070', // Phường Hoàn Kiếm
  '001165007719': '00292', // Phường Bạch Mai
  '001050002468': '00082', // Phường Cửa Nam
  '001301015376': '00592', // Phường Từ Liêm
  '001205009931': '00235', // Phường Đống Đa
  '001188022156': '00118', // Phường Bồ Đề
  '001072018845': '00454', // Xã Đông Anh
  '001159003382': '00577', // Xã Bát Tràng
  '001096027703': '09556', // Phường Hà Đông
  '001303011190': '00199', // Phường Láng
  '038068004417': '00175', // Phường Yên Hòa
  '040190013562': '00364', // Phường Khương Đình
  '036082006624': '00331', // Phường Hoàng Mai
  '034175008853': '00103', // Phường Tây Hồ
  '079099024470': '09574', // Phường Sơn Tây
  '001207003105': '00376', // Xã Sóc Sơn
  '001153001274': '09574', // Phường Sơn Tây
  '001086019908': '00166', // Phường Cầu Giấy
};

/**
 * Household members other than the citizen, by the citizen's personal ID (the citizen is the
 * head unless `head` says otherwise). Citizens not listed live alone.
 */
export const HOUSEHOLDS: Readonly<
  Record<string, { head?: HouseholdMember; others: readonly HouseholdMember[]; relation?: string }>
> = {
  // Nguyễn Văn An: the birth-registration demo (his newborn is not yet registered).
  '001085012345': {
    others: [
      { fullName: 'Lê Thị Hồng', personalId: '001187034512', relation: 'Vợ', birthDate: '1987-09-21' },
      { fullName: 'Nguyễn Minh Khôi', personalId: '001221004567', relation: 'Con', birthDate: '2021-04-02' },
    ],
  },
  '001078031207': {
    others: [
      { fullName: 'Phạm Thị Thanh', personalId: '001175020318', relation: 'Vợ', birthDate: '1975-06-11' },
      { fullName: 'Lê Thị Minh Châu', personalId: '001322008841', relation: 'Con', birthDate: '2022-01-15' },
    ],
  },
  // Đặng Quốc Bảo lives in his father's household.
  '001205009931': {
    head: {
      fullName: 'Đặng Văn Quý',
      personalId: '001070011234',
      relation: 'Chủ hộ',
      birthDate: '1970-03-08',
    },
    relation: 'Con',
    others: [],
  },
  // Nguyễn Hoàng Nam lives in his mother's household.
  '001207003105': {
    head: {
      fullName: 'Hoàng Thị Liên',
      personalId: '001180009876',
      relation: 'Chủ hộ',
      birthDate: '1980-12-01',
    },
    relation: 'Con',
    others: [],
  },
};

/** Businesses of the simulated business registry, by tax code. */
export const BUSINESSES: readonly BusinessRecord[] = [
  {
    taxCode: '001188022156',
    name: 'Hộ kinh doanh Tạp hóa Thu Trang',
    kind: 'household_business',
    address: 'Số 62 phố Nguyễn Văn Cừ, Phường Bồ Đề, Thành phố Hà Nội',
    ownerName: 'Bùi Thị Thu Trang',
    ownerPersonalId: '001188022156',
    registeredAt: '2019-05-06',
    status: 'active',
    communeCode: '00118',
  },
  {
    taxCode: '0103456789',
    name: 'Công ty TNHH Phần mềm Đội Cấn',
    kind: 'enterprise',
    address: 'Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
    ownerName: 'Nguyễn Văn An',
    ownerPersonalId: '001085012345',
    registeredAt: '2015-10-12',
    status: 'active',
    communeCode: '00004',
  },
  {
    taxCode: '0105551237',
    name: 'Công ty Cổ phần Gốm sứ Bát Tràng Xưa',
    kind: 'enterprise',
    address: 'Thôn Giang Cao, Xã Bát Tràng, Thành phố Hà Nội',
    ownerName: 'Ngô Thị Lan',
    ownerPersonalId: '001159003382',
    registeredAt: '2008-03-20',
    status: 'active',
    communeCode: '00577',
  },
  {
    taxCode: '0102468132',
    name: 'Công ty TNHH Vận tải Hà Đông',
    kind: 'enterprise',
    address: 'Số 21 phố Quang Trung, Phường Hà Đông, Thành phố Hà Nội',
    ownerName: 'Dương Minh Khoa',
    ownerPersonalId: '001096027703',
    registeredAt: '2020-08-03',
    status: 'suspended',
    communeCode: '09556',
  },
];
