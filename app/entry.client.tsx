import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { clientI18n, type TextsPayload } from "./i18n/i18n.client";
import { TEXTS_ELEMENT_ID } from "./ui/texts-script";

// The texts the server rendered this page with (one language, this page's namespaces).
const payload = JSON.parse(document.getElementById(TEXTS_ELEMENT_ID)?.textContent ?? "null") as TextsPayload;
const i18n = clientI18n(payload);

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
