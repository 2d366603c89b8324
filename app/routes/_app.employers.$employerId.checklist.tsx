import { Form } from "react-router";
import { checklistStates } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { saveChecklist } from "~/modules/employers/checklist.server";
import { readChecklistForm } from "~/modules/employers/checklist-form";
import { employerDetail } from "~/modules/employers/queries.server";
import { stepFieldName } from "~/modules/employers/values";
import { ErrorSummary, FormActions, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { EmptyState, PageHeading } from "~/ui/page";
import { stepLabel } from "./+employers/step-label";
import type { Route } from "./+types/_app.employers.$employerId.checklist";

export const handle: RouteHandle = { i18n: ["employers"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:write");
  const { employer, checklist } = await scope.run((tx) =>
    employerDetail(tx, scope, uuidParam(params.employerId)),
  );
  return { employer: { id: employer.id, name: employer.name }, checklist };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  return runIntents(request, {
    save: intent({
      run: async (formData) => {
        const read = readChecklistForm(formData);
        if (!read.ok) throw new AppError("INVALID", undefined, read.errors);
        return scope.run((tx) => saveChecklist(tx, scope, employerId, read.steps));
      },
      done: () => redirectWithNotice(`/employers/${employerId}#checklist`, "employerChecklist"),
    }),
  });
}

export default function EmployerChecklistForm({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("employers");
  const { employer, checklist } = loaderData;
  const page = `/employers/${employer.id}`;
  const states = checklistStates.map((s) => ({ value: s, label: t(`states.${s}`) }));
  return (
    <>
      <PageHeading
        title={t("detail.checklistTitle")}
        lead={`${employer.name}. ${t("detail.checklistIntro")}`}
        back={{ to: page, label: employer.name }}
      />
      <ErrorSummary state={actionData} />
      {checklist.length === 0 ? (
        <EmptyState title={t("detail.noSteps")} />
      ) : (
        <Form method="post" className="form form--wide" noValidate>
          <input type="hidden" name="intent" value="save" />
          {checklist.map((step) => (
            <fieldset
              className="card utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
              key={step.id}
            >
              <legend className="utrecht-form-fieldset__legend">{stepLabel(t, step)}</legend>
              <div className="form-row">
                <SelectField
                  name={stepFieldName(step.id, "state")}
                  label={t("detail.state")}
                  state={actionData}
                  options={states}
                  defaultValue={step.state}
                  required
                />
                <TextField
                  name={stepFieldName(step.id, "dueOn")}
                  type="date"
                  label={t("detail.dueOn")}
                  state={actionData}
                  defaultValue={step.dueOn}
                />
                <TextField
                  name={stepFieldName(step.id, "note")}
                  label={t("detail.stepNote")}
                  state={actionData}
                  defaultValue={step.note}
                />
              </div>
              <p className="muted small">
                {t("detail.lastChange")}:{" "}
                {step.changedAt && step.changedByName
                  ? t("detail.changedBy", {
                      name: step.changedByName,
                      date: formatDateTime(step.changedAt, i18n.language),
                    })
                  : t("detail.notChanged")}
              </p>
            </fieldset>
          ))}
          <FormActions>
            <SubmitButton>{t("detail.saveChecklist")}</SubmitButton>
            <Link className="utrecht-link" to={page}>
              {t("common:actions.cancel")}
            </Link>
          </FormActions>
        </Form>
      )}
    </>
  );
}
