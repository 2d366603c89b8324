import type { CSSProperties, ReactNode } from "react";
import { Form, useLocation } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/ui/link";

export type NavItem = {
  to: string;
  labelKey: string;
  /** Other paths that belong to this item (the item is marked current there too). */
  also?: string[];
};

/** What the header and footer show of the centre the page belongs to. */
export type CentreBrand = {
  name: string;
  slug?: string;
  /** The centre's own colour (#rrggbb, dark enough for white text), replacing Tandem's blue. */
  colour?: string | null;
  logoUrl?: string | null;
  email?: string | null;
  phone?: string | null;
};

function isCurrent(item: NavItem, pathname: string): boolean {
  return [item.to, ...(item.also ?? [])].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

function NavList({ nav, pathname }: { nav: NavItem[]; pathname: string }) {
  const { t } = useTranslation();
  return (
    <ul>
      {nav.map((item) => (
        <li key={item.to}>
          <Link to={item.to} aria-current={isCurrent(item, pathname) ? "page" : undefined}>
            {t(item.labelKey)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The main menu: a row of links on a wide screen; on a phone a "Menu" button that opens the same links
 * (a <details>, so it works without JavaScript). Only one of the two is displayed at a time.
 */
function MainNav({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className="site-nav" aria-label={t("nav.label")}>
      <div className="site-nav__inner">
        <details className="site-nav__menu">
          <summary>{t("nav.menu")}</summary>
          <NavList nav={nav} pathname={pathname} />
        </details>
        <div className="site-nav__wide">
          <NavList nav={nav} pathname={pathname} />
        </div>
      </div>
    </nav>
  );
}

function Header({ centre, userName, nav }: { centre?: CentreBrand; userName?: string; nav: NavItem[] }) {
  const { t } = useTranslation();
  const home = userName ? "/start" : centre?.slug ? `/aanvraag/${centre.slug}` : "/";
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link className="site-header__brand" to={home}>
          {centre?.logoUrl ? <img src={centre.logoUrl} alt="" width="32" height="32" /> : null}
          <span>
            {centre?.name ?? t("appName")}
            {centre ? <small>{t("appName")}</small> : null}
          </span>
        </Link>
        {userName ? (
          <div className="site-header__person">
            <Link to="/account">
              <span className="visually-hidden">{t("nav.account")}: </span>
              {userName}
            </Link>
            <Form method="post" action="/logout" className="inline-form">
              <button type="submit" className="link-button">
                {t("nav.logout")}
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      {nav.length > 0 ? <MainNav nav={nav} /> : null}
    </header>
  );
}

function Footer({ centre }: { centre?: CentreBrand }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const other = i18n.language === "en" ? "nl" : "en";
  const contact = [centre?.email, centre?.phone].filter(Boolean);
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div>
          {centre ? (
            <p>
              <strong>{centre.name}</strong>
              {contact.length ? (
                <>
                  <br />
                  {centre.email ? (
                    <a className="utrecht-link" href={`mailto:${centre.email}`}>
                      {centre.email}
                    </a>
                  ) : null}
                  {centre.email && centre.phone ? " · " : null}
                  {centre.phone ? (
                    <a className="utrecht-link" href={`tel:${centre.phone.replace(/[^\d+]/g, "")}`}>
                      {centre.phone}
                    </a>
                  ) : null}
                </>
              ) : null}
            </p>
          ) : null}
          <p className="muted">{t("footer.about")}</p>
        </div>
        <ul>
          <li>
            <Link className="utrecht-link" to="/toegankelijkheid">
              {t("footer.accessibility")}
            </Link>
          </li>
          <li>
            <Form method="post" action="/language" className="inline-form">
              <input type="hidden" name="next" value={location.pathname + location.search} />
              <input type="hidden" name="lang" value={other} />
              <button type="submit" className="link-button" lang={other}>
                {t(`language.${other}`)}
              </button>
            </Form>
          </li>
        </ul>
      </div>
    </footer>
  );
}

/** The centre's colour on the page: it replaces Tandem's accent token (see app/ui/theme.css). */
export function brandStyle(centre?: CentreBrand): CSSProperties | undefined {
  return centre?.colour ? ({ "--tandem-accent": centre.colour } as CSSProperties) : undefined;
}

/** The frame of every page: skip link, header with the centre, main menu, main, footer. */
export function Shell({
  children,
  nav = [],
  userName,
  centre,
  narrow,
}: {
  children: ReactNode;
  nav?: NavItem[];
  userName?: string;
  centre?: CentreBrand;
  /** One column of reading width (forms for the public, sign-in). */
  narrow?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="shell utrecht-theme" style={brandStyle(centre)}>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <Header centre={centre} userName={userName} nav={nav} />
      <main id="main" className={`page${narrow ? " page--narrow" : ""}`} tabIndex={-1}>
        {children}
      </main>
      <Footer centre={centre} />
    </div>
  );
}

export { PageTitle } from "./page";
