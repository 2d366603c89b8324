import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can, isStaff } from "~/modules/accounts/permissions";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { hoursInput } from "~/modules/hours/input";
import { hoursPage } from "~/modules/hours/queries.server";
import { recordHours } from "~/modules/hours/record-hours.server";
import { ChoiceGroup, ErrorSummary, FormActions, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Notice, PageNotice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.agenda.$assignmentId.hours";

export const handle: RouteHandle = { i18n: ["hours"], hydrate: false };

/** The expert writes hours and travel after the work; staff may correct them (the module checks who). */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requireViewer(request);
  const page = await scope.run((tx) => hoursPage(tx, scope, uuidParam(params.assignmentId)));
  const saved = url.searchParams.has("notice");
  return { ...page, staff: isStaff(scope.role), saved };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  // only experts and staff write hours: any other role is refused before the form is read
  if (!can(scope.role, "own:assignments") && !isStaff(scope.role)) throw new AppError("FORBIDDEN");
  const formData = await readForm(request);
  const parsed = parseForm(formData, hoursInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const result = await scope.run((tx) =>
      recordHours(tx, scope, { ...parsed.value, assignmentId: uuidParam(params.assignmentId) }),
    );
    return redirectWithNotice(
      `/agenda/${uuidParam(params.assignmentId)}/hours`,
      result.requestDone ? "hoursSavedDone" : "hoursSaved",
    );
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function Hours({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("hours");
  const d = loaderData;
  const backTo = d.staff ? `/requests/${d.requestId}/evaluation` : `/agenda/${d.assignmentId}`;
  return (
    <div className="page--narrow">
      <PageHeading
        title={t("title")}
        lead={t("request", { number: d.requestNumber, title: d.requestTitle })}
        back={{ to: backTo, label: t("common:actions.back") }}
      />
      <PageNotice />
      {d.block ? (
        <Notice kind="warning">
          <p className="utrecht-paragraph">{t(`blocked.${d.block}`)}</p>
        </Notice>
      ) : (
        <>
          <p className="utrecht-paragraph">{d.logged && !d.saved ? t("alreadyLogged") : t("intro")}</p>
          <ErrorSummary state={actionData} />
          <Form method="post" className="form" noValidate>
            <fieldset className="utrecht-form-fieldset choice-group form">
              <legend className="utrecht-form-fieldset__legend">{t("worked")}</legend>
              <div className="form-row">
                <TextField
                  name="hours"
                  label={t("hours")}
                  state={actionData}
                  defaultValue={d.values.hours}
                  inputMode="numeric"
                  required
                />
                <TextField
                  name="minutes"
                  label={t("minutes")}
                  state={actionData}
                  defaultValue={d.values.minutes}
                  inputMode="numeric"
                />
              </div>
            </fieldset>
            <ChoiceGroup
              name="travel"
              type="radio"
              legend={t("travel")}
              state={actionData}
              required
              defaultValues={[d.values.travel]}
              options={[
                { value: "none", label: t("travelNone") },
                { value: "km", label: t("travelKm") },
                { value: "public", label: t("travelPublic") },
              ]}
            />
            <TextField
              name="travelKm"
              label={t("km")}
              state={actionData}
              defaultValue={d.values.travelKm}
              inputMode="numeric"
            />
            <TextField
              name="travelCost"
              label={t("cost")}
              description={t("costHelp")}
              state={actionData}
              defaultValue={d.values.travelCost}
              inputMode="decimal"
            />
            <TextArea
              name="note"
              label={t("note")}
              state={actionData}
              defaultValue={d.values.note}
              rows={3}
            />
            <FormActions>
              <SubmitButton>{t("submit")}</SubmitButton>
            </FormActions>
          </Form>
        </>
      )}
    </div>
  );
}
