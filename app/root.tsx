import "./ui/index.css";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import type { Route } from "./+types/root";
import { hydrates } from "./i18n/handle";
import { i18nFor } from "./i18n/i18n.server";
import { localeOf } from "./i18n/locale.server";
import type { Locale } from "./i18n/locales";
import { useNonce } from "./lib/nonce";
import { useLinkNavigation } from "./ui/link";
import { TextsScript } from "./ui/texts-script";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: Route.LoaderArgs) {
  const locale = localeOf(request);
  return { locale, description: i18nFor(locale).t("meta.description") };
}

/** The default description; a page with its own `meta` (the knowledge base's articles) replaces it. */
export const meta: Route.MetaFunction = ({ data }) =>
  data ? [{ name: "description", content: data.description }] : [];

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? "nl";
  const nonce = useNonce();
  const withScripts = hydrates(useMatches());
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="utrecht-theme utrecht-document">
        {children}
        {withScripts ? (
          <>
            <TextsScript nonce={nonce} />
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  useLinkNavigation();
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
