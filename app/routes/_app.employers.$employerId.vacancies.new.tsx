import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { vacancyInput } from "~/modules/employers/input";
import { employerDetail } from "~/modules/employers/queries.server";
import { createVacancy } from "~/modules/employers/vacancies.server";
import { placementKinds } from "~/modules/employers/values";
import { listAreas, listThemes } from "~/modules/pool/lists.server";
import {
  ChoiceGroup,
  ErrorSummary,
  FormActions,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.employers.$employerId.vacancies.new";

export const handle: RouteHandle = { i18n: ["employers", "outcomes"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  return scope.run(async (tx) => ({
    employer: { id: employerId, name: (await employerDetail(tx, scope, employerId)).employer.name },
    areas: (await listAreas(tx)).map((a) => ({ value: a.id, label: a.name })),
    themes: (await listThemes(tx)).filter((th) => th.active).map((th) => ({ value: th.id, label: th.name })),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, vacancyInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createVacancy(tx, scope, employerId, parsed.value));
    return redirectWithNotice(`/vacancies/${id}`, "vacancyCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewVacancy({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["employers", "outcomes"]);
  const { employer } = loaderData;
  const page = `/employers/${employer.id}`;
  return (
    <>
      <PageHeading
        title={t("vacancies.newTitle")}
        lead={employer.name}
        back={{ to: page, label: t("vacancies.back", { employer: employer.name }) }}
      />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TextField
          name="title"
          label={t("vacancies.fieldTitle")}
          description={t("vacancies.fieldTitleHelp")}
          state={actionData}
          required
        />
        <SelectField
          name="kind"
          label={t("vacancies.kind")}
          state={actionData}
          options={placementKinds.map((k) => ({ value: k, label: t(`outcomes:kinds.${k}`) }))}
          required
        />
        <TextField
          name="hoursPerWeek"
          type="number"
          short
          inputMode="numeric"
          min={1}
          max={60}
          label={t("vacancies.hours")}
          state={actionData}
        />
        <SelectField
          name="areaId"
          label={t("vacancies.area")}
          state={actionData}
          options={loaderData.areas}
          emptyLabel={t("vacancies.noArea")}
        />
        <ChoiceGroup
          name="remote"
          legend={t("vacancies.remoteLegend")}
          state={actionData}
          options={[{ value: "on", label: t("vacancies.remote") }]}
        />
        {loaderData.themes.length ? (
          <ChoiceGroup
            name="themeIds"
            legend={t("vacancies.themes")}
            state={actionData}
            options={loaderData.themes}
          />
        ) : null}
        <TextField name="startsOn" type="date" short label={t("vacancies.startsOn")} state={actionData} />
        <TextArea name="description" label={t("vacancies.description")} state={actionData} />
        <FormActions>
          <SubmitButton>{t("vacancies.save")}</SubmitButton>
          <Link className="utrecht-link" to={page}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
