import { useLocation } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/ui/link";

export type SectionPart = {
  to: string;
  /** A key in the common texts, e.g. "nav.parts.requests". */
  labelKey: string;
  /** Other paths that belong to this part (it is marked current there too). */
  also?: string[];
};

function isCurrent(part: SectionPart, pathname: string): boolean {
  return [part.to, ...(part.also ?? [])].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/**
 * The parts of one menu item as a row of tabs under the page heading (Inzet: Aanvragen, Tandems,
 * Beleid), from `sections` in `modules/accounts/navigation.ts`. Plain links, so it works without
 * JavaScript; the current part has `aria-current="page"`; each link is a 44 px target and the row
 * wraps on a phone. With one part there is nothing to choose, so it shows nothing.
 */
export function SectionNav({ labelKey, parts }: { labelKey: string; parts: readonly SectionPart[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (parts.length < 2) return null;
  return (
    <nav className="section-nav" aria-label={t(labelKey)}>
      <ul>
        {parts.map((part) => (
          <li key={part.to}>
            <Link to={part.to} aria-current={isCurrent(part, pathname) ? "page" : undefined}>
              {t(part.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
