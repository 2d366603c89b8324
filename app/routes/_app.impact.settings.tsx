import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { invalid, parseForm } from "~/lib/forms.server";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { impactSettingsInput } from "~/modules/outcomes/input";
import { getImpactSettings, saveImpactSettings } from "~/modules/outcomes/settings.server";
import { ChoiceGroup, ErrorSummary, type FormState, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.impact.settings";

export const handle: RouteHandle = { i18n: ["outcomes"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requireViewer(request);
  const settings = await scope.run((tx) => getImpactSettings(tx, scope));
  return { settings, saved: new URL(request.url).searchParams.has("saved") };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  const formData = await readForm(request);
  const parsed = parseForm(formData, impactSettingsInput);
  if (!parsed.ok) return invalid(parsed.result);
  await scope.run((tx) => saveImpactSettings(tx, scope, parsed.value));
  return redirect("/impact/settings?saved");
}

export default function ImpactSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const state = actionData as FormState;
  const { settings } = loaderData;
  return (
    <>
      <PageTitle>{t("settings.title")}</PageTitle>
      <p className="utrecht-paragraph">{t("settings.intro")}</p>
      {loaderData.saved && !state ? (
        <p className="notice" role="status">
          {t("settings.saved")}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <ErrorSummary state={state} />
        <section aria-labelledby="activated-title">
          <h2 className="utrecht-heading-2" id="activated-title">
            {t("settings.activatedTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("settings.activatedIntro")}</p>
          <TextField
            name="activatedLadderRise"
            type="number"
            inputMode="numeric"
            min={1}
            max={5}
            label={t("settings.ladderRise")}
            description={t("settings.ladderRiseHint")}
            defaultValue={settings.activatedLadderRise}
            state={state}
            required
          />
        </section>
        <section aria-labelledby="zrm-title">
          <h2 className="utrecht-heading-2" id="zrm-title">
            {t("settings.zrmTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("settings.zrmIntro")}</p>
          <ChoiceGroup
            name="zrmEnabled"
            type="radio"
            legend={t("settings.zrmEnabled")}
            options={[
              { value: "on", label: t("settings.zrmOn") },
              { value: "off", label: t("settings.zrmOff") },
            ]}
            defaultValues={[settings.zrmEnabled ? "on" : "off"]}
            state={state}
            required
          />
          <TextField
            name="activatedParticipationMin"
            type="number"
            inputMode="numeric"
            min={1}
            max={5}
            label={t("settings.participationMin")}
            description={t("settings.participationMinHint")}
            defaultValue={settings.activatedParticipationMin}
            state={state}
            required
          />
        </section>
        <section aria-labelledby="small-title">
          <h2 className="utrecht-heading-2" id="small-title">
            {t("settings.smallGroupTitle")}
          </h2>
          <TextField
            name="smallGroupLimit"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            label={t("settings.smallGroupLimit")}
            description={t("settings.smallGroupHint")}
            defaultValue={settings.smallGroupLimit}
            state={state}
            required
          />
        </section>
        <SubmitButton>{t("settings.submit")}</SubmitButton>
      </Form>
    </>
  );
}
