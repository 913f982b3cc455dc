import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves the focus to the main region so keyboard and
 * screen-reader users start at the new content, as after a full page load. Not on first render,
 * and not when the URL has a #fragment (the page scrolls to it instead).
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (pathname && !hash) target.current?.focus({ preventScroll: true });
  }, [pathname, hash, target]);
}
