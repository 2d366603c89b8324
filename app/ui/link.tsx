import { type AnchorHTMLAttributes, useEffect } from "react";
import { useLocation, useNavigate } from "react-router";

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** A path of this site from its root (`/requests/…`, with a query if need be). */
  to: string;
};

/**
 * A link to a page of Tandem: a plain `<a href>`, which `useLinkNavigation` (one listener for the
 * whole document, in root.tsx) turns into a move within the app once the page has its scripts; before
 * that, and without JavaScript, it is an ordinary link. React Router's `<Link>` does the same in the
 * browser, but costs about 20 µs on the server for each link (it resolves its path three times, each
 * with a JSON copy of the matched routes): on the start page, with 64 links, a seventh of its server
 * time (docs/performance.md).
 */
export function Link({ to, ...rest }: LinkProps) {
  return <a href={to} data-app-link="" {...rest} />;
}

/** A click that the browser should handle itself: another button, a modifier (new tab), a target, a download. */
function ownClick(event: MouseEvent, anchor: HTMLAnchorElement): boolean {
  if (event.defaultPrevented || event.button !== 0) return true;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return true;
  return (Boolean(anchor.target) && anchor.target !== "_self") || anchor.hasAttribute("download");
}

/**
 * Clicks on a `<Link>` move within the app, as React Router's `<Link>` does: the same page again
 * replaces the history entry instead of adding one.
 */
export function useLinkNavigation(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search + location.hash;
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const anchor = (event.target as Element | null)?.closest?.("a[data-app-link]");
      if (!(anchor instanceof HTMLAnchorElement) || ownClick(event, anchor)) return;
      const url = new URL(anchor.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      const to = url.pathname + url.search + url.hash;
      navigate(to, { replace: to === here });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [navigate, here]);
}
