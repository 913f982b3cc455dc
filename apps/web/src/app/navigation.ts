import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  HomeOutlined,
  InboxOutlined,
  InfoCircleOutlined,
  LoginOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { type NavigationItem, SHELL_BASE, type Shell } from './navigation-context.ts';

export { SHELL_BASE, type Shell };

/**
 * The one registry of pages that appear in a navigation: the portal's main navigation and
 * the workspace's side menu are built from it, and so are their routes (see router.tsx).
 *
 * A module adds a page by adding ONE entry here, with its i18n label in vi.json and en.json.
 * Only pages that exist are listed. Planned slots (order):
 *   portal:    Thủ tục hành chính 20 · Tra cứu hồ sơ 30 · Phản ánh, kiến nghị (iHanoi) 40 · Dữ liệu mở 50 ·
 *              Lịch nghỉ lễ 60
 *   workspace: Hồ sơ một cửa 20 · Văn bản 30 · Công việc 40 · Lịch công tác 50 · Báo cáo 60 ·
 *              Chỉ số chuyển đổi số 70 · Tổ chức 80 · Lịch làm việc 85 · Quản trị 90 ·
 *              Đăng nhập một lần 92 · Nhật ký hệ thống 95
 */

export type PageComponent = ComponentType;

export interface NavigationEntry {
  /** Stable id: React key, test id, and the way other code refers to the page. */
  key: string;
  shell: Shell;
  /** Path inside the shell, without leading slash; '' is the shell's index page. Vietnamese slugs on the portal. */
  path: string;
  /** i18n key of the menu label. */
  labelKey: string;
  /** i18n key of a one-line description (portal: shown as a quick link on the home page). */
  descriptionKey?: string;
  icon: ComponentType;
  /** Ascending position in the menu; keep gaps of 10 so modules slot in. */
  order: number;
  /** Workspace: roles allowed to see and open the page (any of). Absent: every signed-in user. */
  roles?: readonly string[];
  /**
   * Workspace: permissions that let a user see and open the page (any of, from the session's
   * `permissions`). Absent: no permission needed. With `roles` too, both gates must pass.
   */
  permissions?: readonly string[];
  /** Loads the page component; called lazily, so each page is its own chunk. */
  load: () => Promise<PageComponent>;
}

export const NAVIGATION: readonly NavigationEntry[] = [
  {
    key: 'home',
    shell: 'portal',
    path: '',
    labelKey: 'nav.home',
    icon: HomeOutlined,
    order: 10,
    load: () => import('../features/home/home-page.tsx').then((m) => m.HomePage),
  },
  {
    key: 'procedures',
    shell: 'portal',
    path: 'thu-tuc',
    labelKey: 'nav.procedures',
    descriptionKey: 'home.servicesProcedures',
    icon: FileSearchOutlined,
    order: 20,
    load: () => import('../features/procedures/procedures-page.tsx').then((m) => m.ProceduresPage),
  },
  {
    key: 'tracking',
    shell: 'portal',
    path: 'tra-cuu-ho-so',
    labelKey: 'nav.tracking',
    descriptionKey: 'home.servicesTracking',
    icon: FileDoneOutlined,
    order: 30,
    load: () => import('../features/tracking/tracking-page.tsx').then((m) => m.TrackingPage),
  },
  {
    key: 'holidays',
    shell: 'portal',
    path: 'lich-nghi',
    labelKey: 'nav.holidays',
    descriptionKey: 'home.servicesHolidays',
    icon: CalendarOutlined,
    order: 60,
    load: () => import('../features/calendar/holidays-page.tsx').then((m) => m.HolidaysPage),
  },
  {
    key: 'verify-signature',
    shell: 'portal',
    path: 'xac-thuc',
    labelKey: 'nav.verifySignature',
    descriptionKey: 'home.servicesVerify',
    icon: SafetyCertificateOutlined,
    order: 70,
    load: () => import('../features/signatures/verify-page.tsx').then((m) => m.VerifyPage),
  },
  {
    key: 'about',
    shell: 'portal',
    path: 'gioi-thieu',
    labelKey: 'nav.about',
    descriptionKey: 'home.servicesAbout',
    icon: InfoCircleOutlined,
    order: 90,
    load: () => import('../features/about/about-page.tsx').then((m) => m.AboutPage),
  },
  {
    key: 'dashboard',
    shell: 'workspace',
    path: '',
    labelKey: 'nav.dashboard',
    icon: DashboardOutlined,
    order: 10,
    load: () => import('../features/dashboard/dashboard-page.tsx').then((m) => m.DashboardPage),
  },
  {
    key: 'one-stop',
    shell: 'workspace',
    path: 'mot-cua',
    labelKey: 'nav.oneStop',
    icon: InboxOutlined,
    order: 20,
    permissions: ['dossier.read'],
    load: () => import('../features/one-stop/queue-page.tsx').then((m) => m.QueuePage),
  },
  {
    key: 'one-stop-stats',
    shell: 'workspace',
    path: 'mot-cua/thong-ke',
    labelKey: 'nav.oneStopStats',
    icon: BarChartOutlined,
    order: 22,
    permissions: ['dossier.stats'],
    load: () => import('../features/one-stop/stats-page.tsx').then((m) => m.StatsPage),
  },
  {
    key: 'sign',
    shell: 'workspace',
    path: 'ky-so',
    labelKey: 'nav.sign',
    icon: EditOutlined,
    order: 35,
    permissions: ['signature.sign', 'signature.seal'],
    load: () => import('../features/signatures/sign-page.tsx').then((m) => m.SignPage),
  },
  {
    key: 'work-calendar',
    shell: 'workspace',
    path: 'lich-lam-viec',
    labelKey: 'nav.workCalendar',
    icon: ScheduleOutlined,
    order: 85,
    load: () => import('../features/calendar/work-calendar-page.tsx').then((m) => m.WorkCalendarPage),
  },
  {
    key: 'org',
    shell: 'workspace',
    path: 'to-chuc',
    labelKey: 'nav.org',
    icon: ApartmentOutlined,
    order: 80,
    load: () => import('../features/org/org-page.tsx').then((m) => m.OrgPage),
  },
  {
    key: 'officials',
    shell: 'workspace',
    path: 'quan-tri/can-bo',
    labelKey: 'nav.officials',
    icon: TeamOutlined,
    order: 90,
    permissions: ['official.manage'],
    load: () => import('../features/officials/officials-page.tsx').then((m) => m.OfficialsPage),
  },
  {
    key: 'audit',
    shell: 'workspace',
    path: 'nhat-ky',
    labelKey: 'nav.audit',
    icon: AuditOutlined,
    order: 95,
    permissions: ['audit.read'],
    load: () => import('../features/audit/audit-page.tsx').then((m) => m.AuditPage),
  },
  {
    key: 'procedure-catalogue',
    shell: 'workspace',
    path: 'quan-tri/thu-tuc',
    labelKey: 'nav.procedureCatalogue',
    icon: FileSearchOutlined,
    order: 91,
    permissions: ['procedure.manage'],
    load: () => import('../features/procedures/procedures-admin-page.tsx').then((m) => m.ProceduresAdminPage),
  },
  {
    key: 'sso',
    shell: 'workspace',
    path: 'quan-tri/dang-nhap-mot-lan',
    labelKey: 'nav.sso',
    icon: LoginOutlined,
    order: 92,
    permissions: ['sso.manage'],
    load: () => import('../features/sso/sso-clients-page.tsx').then((m) => m.SsoClientsPage),
  },
];

/** What the gates of an entry look at: the session user's roles and permissions. */
export interface Access {
  roles?: readonly string[] | undefined;
  permissions?: readonly string[] | undefined;
}

/** A list of roles (the older form) or roles and permissions. */
export type AccessInput = readonly string[] | Access;

function accessOf(input: AccessInput | undefined): Access {
  if (!input) return {};
  return Array.isArray(input) ? { roles: input as readonly string[] } : (input as Access);
}

/** True when `gate` is absent or empty, or `held` has one of its values. */
function passes(gate: readonly string[] | undefined, held: readonly string[] = []): boolean {
  return !gate || gate.length === 0 || gate.some((value) => held.includes(value));
}

/**
 * True when a user with these roles (and permissions) may see and open the entry: one of the
 * entry's `roles` if it has any, and one of its `permissions` if it has any.
 */
export function canAccess(
  entry: Pick<NavigationEntry, 'roles' | 'permissions'>,
  access: AccessInput = [],
): boolean {
  const { roles, permissions } = accessOf(access);
  return passes(entry.roles, roles) && passes(entry.permissions, permissions);
}

/** The entries of one shell that this user may see, in menu order. */
export function navigationFor(
  shell: Shell,
  access?: AccessInput,
  entries: readonly NavigationEntry[] = NAVIGATION,
): NavigationEntry[] {
  return entries
    .filter((entry) => entry.shell === shell && (shell === 'portal' || canAccess(entry, access)))
    .sort((a, b) => a.order - b.order);
}

/** Absolute URL path of an entry: `/thu-tuc`, `/app`. */
export function hrefOf(entry: Pick<NavigationEntry, 'shell' | 'path'>): string {
  const base = SHELL_BASE[entry.shell];
  if (entry.path === '') return base;
  return base.endsWith('/') ? `${base}${entry.path}` : `${base}/${entry.path}`;
}

/** What a shell hands down to its pages through NavigationContext. */
export function toNavigationItem(entry: NavigationEntry): NavigationItem {
  return {
    key: entry.key,
    href: hrefOf(entry),
    labelKey: entry.labelKey,
    ...(entry.descriptionKey ? { descriptionKey: entry.descriptionKey } : {}),
    icon: entry.icon,
  };
}

/** Absolute URL path of the entry with this key; throws when it is not registered. */
export function hrefByKey(key: string, entries: readonly NavigationEntry[] = NAVIGATION): string {
  const entry = entries.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`Unknown navigation entry: ${key}`);
  return hrefOf(entry);
}
