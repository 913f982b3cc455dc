import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { SHELL_BASE, useNavigationItems } from './navigation-context.ts';

/**
 * The workspace menu: a plain list of links (one tab stop each, aria-current on the active
 * page). Collapsed, it shows icons; the label stays for screen readers and in a tooltip.
 */
export function WorkspaceSideNav({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const items = useNavigationItems();
  const { pathname } = useLocation();
  // An entry is current for its pages below it, unless a longer entry holds the page
  // (/app/mot-cua/ho-so/1 is "Hồ sơ một cửa"; /app/mot-cua/thong-ke is "Thống kê").
  const coveredByLonger = (href: string) =>
    items.some(
      (other) =>
        other.href.startsWith(`${href}/`) &&
        (pathname === other.href || pathname.startsWith(`${other.href}/`)),
    );
  return (
    <nav aria-label={t('nav.workspace')}>
      <ul className="side-nav">
        {items.map((item) => {
          const Icon = item.icon;
          const label = t(item.labelKey);
          const link = (
            <NavLink
              to={item.href}
              end={item.href === SHELL_BASE.workspace || coveredByLonger(item.href)}
              className="side-nav__link"
            >
              <span className="side-nav__icon" aria-hidden="true">
                <Icon />
              </span>
              <span className={collapsed ? 'sr-only' : 'side-nav__label'}>{label}</span>
            </NavLink>
          );
          return (
            <li key={item.key}>
              {collapsed ? (
                <Tooltip title={label} placement="right">
                  {link}
                </Tooltip>
              ) : (
                link
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
