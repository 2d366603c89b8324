import { Form } from "react-router";
import { situations } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { candidateInput } from "~/modules/training/input";
import { addCandidate } from "~/modules/training/intake.server";
import { cohortProgramme } from "~/modules/training/programme.server";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { IntakeFields } from "./+training/intake-fields";
import type { Route } from "./+types/_app.training.$cohortId.candidates.new";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:write");
  return scope.run(async (tx) => {
    const { cohort } = await cohortProgramme(tx, scope, uuidParam(params.cohortId));
    return { cohort: { id: cohort.id, name: cohort.name } };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, candidateInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => addCandidate(tx, scope, uuidParam(params.cohortId), parsed.value));
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirectWithNotice(`/training/${uuidParam(params.cohortId)}`, "cohortSaved");
}

export default function NewCandidate({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  const state = actionData as FormState;
  const { cohort } = loaderData;
  return (
    <>
      <PageHeading
        title={t("candidate.title")}
        back={{ to: `/training/${cohort.id}`, label: t("trainee.back", { cohort: cohort.name }) }}
      />
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <h2 className="utrecht-heading-2">{t("candidate.personal")}</h2>
        <div className="form-row">
          <TextField name="firstName" label={t("candidate.firstName")} required state={state} />
          <TextField name="lastName" label={t("candidate.lastName")} required state={state} />
        </div>
        <div className="form-row">
          <TextField
            name="email"
            type="email"
            label={t("candidate.email")}
            autoComplete="off"
            state={state}
          />
          <TextField name="phone" type="tel" label={t("candidate.phone")} autoComplete="off" state={state} />
        </div>
        <TextField name="province" label={t("candidate.province")} state={state} />
        <SelectField
          name="situationBefore"
          label={t("candidate.situationBefore")}
          state={state}
          emptyLabel={t("candidate.choose")}
          options={situations.map((s) => ({ value: s, label: t(`situation.${s}`) }))}
        />
        <TextField
          name="benefitBefore"
          label={t("candidate.benefitBefore")}
          description={t("candidate.benefitHint")}
          state={state}
        />
        <h2 className="utrecht-heading-2">{t("intake.title")}</h2>
        <IntakeFields
          values={{
            ownExperience: false,
            experienceBehind: false,
            motivated: false,
            intakeStatus: "applied",
            intakeReason: "",
          }}
          state={state}
        />
        <FormActions>
          <SubmitButton>{t("candidate.save")}</SubmitButton>
          <Link className="utrecht-link" to={`/training/${cohort.id}`}>
            {t("form.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
