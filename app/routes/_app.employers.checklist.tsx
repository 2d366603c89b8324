import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidField } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  activeChecklistItems,
  addChecklistItem,
  archiveChecklistItem,
} from "~/modules/employers/checklist.server";
import { checklistItemInput } from "~/modules/employers/input";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { stepLabel } from "./+employers/step-label";
import type { Route } from "./+types/_app.employers.checklist";

export const handle: RouteHandle = { i18n: ["employers"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:write");
  return { steps: await scope.run((tx) => activeChecklistItems(tx)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const page = "/employers/checklist";
  return runIntents(request, {
    add: intent({
      schema: checklistItemInput,
      run: ({ label }) => scope.run((tx) => addChecklistItem(tx, scope, label)),
      done: () => redirectWithNotice(page, "checklistStepAdded"),
    }),
    remove: intent({
      run: (formData) => scope.run((tx) => archiveChecklistItem(tx, scope, uuidField(formData, "itemId"))),
      done: () => redirectWithNotice(page, "checklistStepRemoved"),
    }),
  });
}

export default function EmployerChecklist({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("employers");
  return (
    <>
      <PageHeading
        title={t("checklist.title")}
        lead={t("checklist.intro")}
        back={{ to: "/employers", label: t("checklist.back") }}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Section title={t("checklist.caption")} id="steps">
        <DataTable
          caption={t("checklist.caption")}
          captionHidden
          rows={loaderData.steps}
          rowKey={(s) => s.id}
          empty={<EmptyState title={t("detail.noSteps")} />}
          columns={[
            { key: "step", header: t("checklist.step"), rowHeader: true, cell: (s) => stepLabel(t, s) },
            {
              key: "remove",
              header: <span className="visually-hidden">{t("checklist.remove")}</span>,
              label: t("checklist.remove"),
              cell: (s) => (
                <IntentButton
                  intent="remove"
                  fields={{ itemId: s.id }}
                  link
                  label={t("checklist.removeLabel", { step: stepLabel(t, s) })}
                >
                  {t("checklist.remove")}
                </IntentButton>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t("checklist.addTitle")} id="add">
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="add" />
          <TextField
            name="label"
            label={t("checklist.label")}
            description={t("checklist.labelHelp")}
            state={actionData}
            required
          />
          <FormActions>
            <SubmitButton>{t("checklist.add")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}
