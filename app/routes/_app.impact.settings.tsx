import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { impactSettingsInput } from "~/modules/outcomes/input";
import {
  canManageImpactSettings,
  getImpactSettings,
  saveImpactSettings,
} from "~/modules/outcomes/settings.server";
import { ChoiceGroup, ErrorSummary, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { PageNotice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.impact.settings";

export const handle: RouteHandle = { i18n: ["outcomes"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requireViewer(request);
  const settings = await scope.run((tx) => getImpactSettings(tx, scope));
  return { settings };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  // the role first: a weaker role is refused before the form is read (the module checks it again)
  if (!canManageImpactSettings(scope)) throw new AppError("FORBIDDEN");
  const formData = await readForm(request);
  const parsed = parseForm(formData, impactSettingsInput);
  if (!parsed.ok) return invalid(parsed.result);
  await scope.run((tx) => saveImpactSettings(tx, scope, parsed.value));
  return redirectWithNotice("/impact/settings", "impactSettingsSaved");
}

export default function ImpactSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const state = actionData as FormState;
  const { settings } = loaderData;
  return (
    <>
      <PageHeading
        title={t("settings.title")}
        lead={t("settings.intro")}
        back={{ to: "/impact", label: t("settings.back") }}
      />
      <PageNotice />
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <Section title={t("settings.activatedTitle")} id="activated">
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
        </Section>
        <Section title={t("settings.zrmTitle")} id="zrm">
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
        </Section>
        <Section title={t("settings.smallGroupTitle")} id="small">
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
        </Section>
        <FormActions>
          <SubmitButton>{t("settings.submit")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
