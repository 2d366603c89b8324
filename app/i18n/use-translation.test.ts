import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider, useTranslation as useReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { i18nFor } from "./i18n.server";
import { useTranslation } from "./use-translation";

type Hook = typeof useTranslation;

/** What a component shows through a hook: a common text, a namespace's own and a prefixed one. */
function Texts({ hook, ns }: { hook: Hook; ns?: string | string[] }) {
  const { t, i18n } = hook(ns);
  return createElement(
    "p",
    null,
    [t("nav.start"), t("start.intro"), t("requests:start.perStatus"), i18n.language].join("|"),
  );
}

const seen: unknown[] = [];
/** Asks for the same namespace twice, and notes the two `t`s it got. */
function Twice() {
  seen.push(useTranslation("pool").t, useTranslation("pool").t);
  return null;
}

describe("the server's useTranslation", () => {
  it.each([undefined, "requests", ["requests", "clients"], ["common", "requests"]])(
    "gives the same texts as react-i18next's for %j",
    (ns) => {
      for (const locale of ["nl", "en"] as const) {
        const render = (hook: typeof useTranslation) =>
          renderToString(
            createElement(I18nextProvider, { i18n: i18nFor(locale) }, createElement(Texts, { hook, ns })),
          );
        expect(render(useTranslation)).toBe(render(useReactI18next));
      }
    },
  );

  it("makes one t per language and namespace", () => {
    renderToString(createElement(I18nextProvider, { i18n: i18nFor("nl") }, createElement(Twice)));
    renderToString(createElement(I18nextProvider, { i18n: i18nFor("nl") }, createElement(Twice)));
    expect(new Set(seen).size).toBe(1);
  });
});
