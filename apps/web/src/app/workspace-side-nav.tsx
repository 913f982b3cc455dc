import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SHELL_BASE, useNavigationItems } from './navigation-context.ts';

/**
 * The workspace menu: a plain list of links (one tab stop each, aria-current on the active
 * page). Collapsed, it shows icons; the label stays for screen readers and in a tooltip.
 */
export function WorkspaceSideNav({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const items = useNavigationItems();
  return (
    <nav aria-label={t('nav.workspace')}>
      <ul className="side-nav">
        {items.map((item) => {
          const Icon = item.icon;
          const label = t(item.labelKey);
          const link = (
            <NavLink to={item.href} end={item.href === SHELL_BASE.workspace} className="side-nav__link">
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
