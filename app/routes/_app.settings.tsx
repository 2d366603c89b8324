import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { type Intent, intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { knowledgeSettingInput } from "~/modules/advice/input";
import { knowledgeIsPublic } from "~/modules/advice/queries.server";
import { setKnowledgePublic } from "~/modules/advice/save-article.server";
import { centreBrand, setCentreBrand } from "~/modules/centres/brand.server";
import { centreContactInput, updateCentreContact } from "~/modules/centres/contact.server";
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
import type { FormState } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice, PageNotice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import { KnowledgeSetting } from "./+advice/knowledge-setting";
import { AreaEditor } from "./+settings/area-editor";
import { CentreSection } from "./+settings/centre-section";
import { settingsState } from "./+settings/fields";
import { ListEditor } from "./+settings/list-editor";
import type { Route } from "./+types/_app.settings";

export const handle: RouteHandle = { i18n: ["settings", "advice"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:write");
  return scope.run(async (tx) => ({
    themes: await listThemes(tx),
    workForms: await listWorkForms(tx),
    areas: await areasWithUse(tx, scope),
    centre: can(scope.role, "centre:manage") ? await centreBrand(tx, scope.centreId) : null,
    knowledge: can(scope.role, "advice:manage")
      ? { public: await knowledgeIsPublic(tx), slug: (await centreBrand(tx, scope.centreId))?.slug ?? "" }
      : null,
    manage: {
      users: can(scope.role, "users:manage"),
      privacy: can(scope.role, "privacy:manage"),
      export: can(scope.role, "export:use"),
      audit: can(scope.role, "audit:read"),
    },
  }));
}

/** Dutch decimals use a comma: 52,0907 means 52.0907. */
function withDecimals(next: Intent): Intent {
  return (formData) => {
    for (const key of ["latitude", "longitude"]) {
      const value = formData.get(key);
      if (typeof value === "string") formData.set(key, value.trim().replace(",", "."));
    }
    return next(formData);
  };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const done = () => redirectWithNotice("/settings", "settingsSaved");
  return runIntents(request, {
    add: intent({ schema: addItemInput, run: (v) => scope.run((tx) => addListItem(tx, scope, v)), done }),
    rename: intent({
      schema: renameItemInput,
      run: (v) => scope.run((tx) => renameListItem(tx, scope, v)),
      done,
    }),
    toggle: intent({
      schema: toggleItemInput,
      run: (v) => scope.run((tx) => setListItemActive(tx, scope, { ...v, active: v.active === "true" })),
      done,
    }),
    addArea: withDecimals(
      intent({ schema: areaInput, run: (v) => scope.run((tx) => addArea(tx, scope, v)), done }),
    ),
    updateArea: withDecimals(
      intent({ schema: updateAreaInput, run: (v) => scope.run((tx) => updateArea(tx, scope, v)), done }),
    ),
    contact: intent({
      schema: centreContactInput,
      run: (v) => scope.run((tx) => updateCentreContact(tx, scope, v)),
      done,
    }),
    brand: intent({
      run: async (formData) => {
        const colour = String(formData.get("colour") ?? "").trim() || null;
        const file = formData.get("logo");
        const logo =
          formData.get("removeLogo") === "yes"
            ? ("remove" as const)
            : file instanceof File && file.size > 0
              ? new Uint8Array(await file.arrayBuffer())
              : undefined;
        await scope.run((tx) => setCentreBrand(tx, scope, { colour, logo }));
      },
      done,
    }),
    removeArea: intent({
      schema: removeAreaInput,
      run: (v) => scope.run((tx) => removeArea(tx, scope, v)),
      done,
    }),
    knowledge: intent({
      schema: knowledgeSettingInput,
      run: (v) => scope.run((tx) => setKnowledgePublic(tx, scope, v.knowledgePublic)),
      done: () => redirectWithNotice("/settings#knowledge", "knowledgeSettingSaved"),
    }),
  });
}

type Manage = Route.ComponentProps["loaderData"]["manage"];

/** Links to the pages under "Beheer" in the menu: users, exports, the log and the impact settings. */
function ManageLinks({ manage }: { manage: Manage }) {
  const { t } = useTranslation("settings");
  const links = [
    manage.users ? { to: "/users", key: "users" } : null,
    manage.export ? { to: "/export", key: "export" } : null,
    manage.audit ? { to: "/audit", key: "audit" } : null,
    manage.privacy ? { to: "/privacy", key: "privacy" } : null,
    { to: "/impact/settings", key: "impact" },
  ].filter((l) => l !== null);
  return (
    <Section title={t("manage.title")} id="manage">
      <ul className="cards">
        {links.map((l) => (
          <li className="card" key={l.key}>
            <h3 className="utrecht-heading-3">
              <Link className="utrecht-link" to={l.to}>
                {t(`manage.${l.key}.title`)}
              </Link>
            </h3>
            <p className="utrecht-paragraph muted">{t(`manage.${l.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("settings");
  const state = settingsState(actionData as FormState);
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} />
      {state ? null : <PageNotice />}
      {state?.target ? (
        <Notice kind="error">
          <p className="utrecht-paragraph">{t("common:form.errorSummary")}</p>
        </Notice>
      ) : null}
      <ManageLinks manage={loaderData.manage} />
      {loaderData.centre ? <CentreSection centre={loaderData.centre} state={state} /> : null}
      <ListEditor kind="theme" items={loaderData.themes} state={state} />
      <ListEditor kind="workForm" items={loaderData.workForms} state={state} />
      <AreaEditor areas={loaderData.areas} state={state} />
      {loaderData.knowledge ? <KnowledgeSetting {...loaderData.knowledge} /> : null}
    </>
  );
}
