import "@utrecht/design-tokens/dist/index.css";
import "@utrecht/component-library-css/dist/index.css";
import "./ui/app.css";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { createI18n } from "./i18n/i18n";
import { localeOf } from "./i18n/locale.server";
import type { Locale } from "./i18n/resources";
import { useNonce } from "./lib/nonce";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: Route.LoaderArgs) {
  return { locale: localeOf(request) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "nl";
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme utrecht-body">
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  let message = t("errors.unexpected");
  if (isRouteErrorResponse(error)) {
    const key = (error.data as { messageKey?: string } | undefined)?.messageKey;
    message = key ? t(key) : error.status === 404 ? t("errors.NOT_FOUND") : message;
  }
  return (
    <main id="main" className="page page--narrow">
      <title>{`${t("errors.title")} · Tandem`}</title>
      <h1 className="utrecht-heading-1">{t("errors.title")}</h1>
      <p className="utrecht-paragraph">{message}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/">
          {t("errors.home")}
        </a>
      </p>
    </main>
  );
}
