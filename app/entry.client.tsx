import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { clientI18n, pageTexts } from "./i18n/i18n.client";
import { readTextsPayload } from "./ui/texts-script";

// The texts the server rendered this page with (one language, this page's namespaces), from the
// cached scripts the page names (app/i18n/texts-files.ts).
pageTexts(readTextsPayload()).then((texts) => {
  const i18n = clientI18n(texts);
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <HydratedRouter />
        </I18nextProvider>
      </StrictMode>,
    );
  });
});
