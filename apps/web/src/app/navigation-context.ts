import { type ComponentType, createContext, useContext } from 'react';

/**
 * What pages may know about the navigation, without importing the registry (navigation.ts
 * loads the pages, so a page importing it would make a cycle). Each shell provides the items
 * of its own navigation.
 */

export type Shell = 'portal' | 'workspace';

/** Where each shell lives; an entry's path is relative to it. */
export const SHELL_BASE: Record<Shell, string> = { portal: '/', workspace: '/app' };

export interface NavigationItem {
  key: string;
  /** Absolute URL path: `/thu-tuc`, `/app`. */
  href: string;
  labelKey: string;
  descriptionKey?: string;
  icon: ComponentType;
}

export const NavigationContext = createContext<readonly NavigationItem[]>([]);

/** The navigation items of the current shell, in menu order (only those the user may open). */
export function useNavigationItems(): readonly NavigationItem[] {
  return useContext(NavigationContext);
}

/** The URL of a page of the current shell, or undefined when it is not registered. */
export function useNavigationHref(key: string): string | undefined {
  return useContext(NavigationContext).find((item) => item.key === key)?.href;
}
