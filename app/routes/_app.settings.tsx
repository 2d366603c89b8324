import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { z } from "zod";
import type { Tx } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { AppError } from "~/lib/errors";
import { parseForm } from "~/lib/forms.server";
import type { Actor } from "~/modules/accounts/actor";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listThemes, listWorkForms } from "~/modules/pool/lists.server";
import { addArea, areasWithUse, removeArea, updateArea } from "~/modules/settings/areas.server";
import {
  addItemInput,
  areaInput,
  removeAreaInput,
  renameItemInput,
  toggleItemInput,
  updateAreaInput,
} from "~/modules/settings/input";
import { addListItem, renameListItem, setListItemActive } from "~/modules/settings/lists.server";
import { PageTitle } from "~/ui/shell";
import { AreaEditor } from "./+settings/area-editor";
import type { SettingsState } from "./+settings/fields";
import { ListEditor } from "./+settings/list-editor";
import type { Route } from "./+types/_app.settings";

export const handle: RouteHandle = { i18n: ["settings"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:write");
  return scope.run(async (tx) => ({
    themes: await listThemes(tx),
    workForms: await listWorkForms(tx),
    areas: await areasWithUse(tx, scope),
    saved: new URL(request.url).searchParams.has("saved"),
  }));
}

type Step = {
  schema: z.ZodType;
  target: (values: Record<string, string>) => string;
  run: (tx: Tx, actor: Actor, value: never) => Promise<unknown>;
};

/** One named step per intent: its input, which form answers, and the module call. */
const steps: Record<string, Step> = {
  add: { schema: addItemInput, target: (v) => `add-${v.kind}`, run: addListItem },
  rename: { schema: renameItemInput, target: (v) => `rename-${v.id}`, run: renameListItem },
  toggle: {
    schema: toggleItemInput,
    target: (v) => `rename-${v.id}`,
    run: (tx, actor, value: { kind: "theme" | "workForm"; id: string; active: "true" | "false" }) =>
      setListItemActive(tx, actor, { ...value, active: value.active === "true" }),
  },
  addArea: { schema: areaInput, target: () => "area-new", run: addArea },
  updateArea: { schema: updateAreaInput, target: (v) => `area-${v.id}`, run: updateArea },
  removeArea: { schema: removeAreaInput, target: (v) => `remove-${v.id}`, run: removeArea },
};

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const formData = await request.formData();
  // Dutch decimals use a comma: 52,0907 means 52.0907
  for (const key of ["latitude", "longitude"]) {
    const value = formData.get(key);
    if (typeof value === "string") formData.set(key, value.trim().replace(",", "."));
  }
  const values = Object.fromEntries(
    [...formData].filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const step = steps[values.intent ?? ""];
  if (!step) throw new AppError("INVALID");
  const target = step.target(values);
  const parsed = parseForm(formData, step.schema);
  if (!parsed.ok) return data({ ok: false as const, target, ...parsed.result }, { status: 400 });
  try {
    await scope.run((tx) => step.run(tx, scope, parsed.value as never));
  } catch (error) {
    if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "INVALID"))
      return data(
        { ok: false as const, target, errors: error.fields, values, formError: error.messageKey },
        { status: error.code === "CONFLICT" ? 409 : 400 },
      );
    throw error;
  }
  return redirect("/settings?saved");
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("settings");
  const state = actionData as SettingsState;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      {loaderData.saved && !state ? (
        <p className="notice" role="status">
          {t("saved")}
        </p>
      ) : null}
      {state?.target ? (
        <p className="utrecht-alert utrecht-alert--error" role="alert">
          {t("common:form.errorSummary")}
        </p>
      ) : null}
      <ListEditor kind="theme" items={loaderData.themes} state={state} />
      <ListEditor kind="workForm" items={loaderData.workForms} state={state} />
      <AreaEditor areas={loaderData.areas} state={state} />
    </>
  );
}
