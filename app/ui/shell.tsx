import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form, NavLink, useLocation } from "react-router";

export type NavItem = { to: string; labelKey: string };

/** The frame of every page: skip link, header, optional main menu, main, footer with the language choice. */
export function Shell({
  children,
  nav = [],
  userName,
  centreName,
}: {
  children: ReactNode;
  nav?: NavItem[];
  userName?: string;
  centreName?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <a className="site-header__brand" href="/">
            Tandem
          </a>
          {centreName ? <span className="site-header__centre">{centreName}</span> : null}
          {userName ? (
            <Form method="post" action="/logout" className="inline-form">
              <span>{userName}</span>
              <button type="submit" className="link-button">
                {t("nav.logout")}
              </button>
            </Form>
          ) : null}
        </div>
        {nav.length > 0 ? (
          <nav className="site-nav" aria-label={t("nav.label")}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === "/start"}>
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}

function Footer() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const other = i18n.language === "en" ? "nl" : "en";
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="utrecht-paragraph muted">{t("footer.about")}</p>
        <Form method="post" action="/language" className="inline-form">
          <input type="hidden" name="next" value={location.pathname + location.search} />
          <input type="hidden" name="lang" value={other} />
          <button type="submit" className="link-button" lang={other}>
            {t(`language.${other}`)}
          </button>
        </Form>
      </div>
    </footer>
  );
}

/** The page title in the tab and the one h1 of the page. */
export function PageTitle({ children }: { children: string }) {
  return (
    <>
      <title>{`${children} · Tandem`}</title>
      <h1 className="utrecht-heading-1">{children}</h1>
    </>
  );
}
