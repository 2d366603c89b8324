import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { DataTable } from "~/ui/data-table";
import { FormActions, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { Field, FormMessage, type SettingsState } from "./fields";

type Area = {
  id: string;
  name: string;
  province: string | null;
  latitude: number | null;
  longitude: number | null;
  uses: number;
};

function AreaFields({ form, area, state }: { form: string; area?: Area; state: SettingsState }) {
  const { t } = useTranslation("settings");
  return (
    <>
      <Field form={form} name="name" label={t("name")} required state={state} defaultValue={area?.name} />
      <Field
        form={form}
        name="province"
        label={t("areas.province")}
        state={state}
        defaultValue={area?.province}
      />
      <div className="form-row">
        <Field
          form={form}
          name="latitude"
          label={t("areas.latitude")}
          inputMode="decimal"
          state={state}
          defaultValue={area?.latitude}
          description={t("areas.coordinatesHelp")}
        />
        <Field
          form={form}
          name="longitude"
          label={t("areas.longitude")}
          inputMode="decimal"
          state={state}
          defaultValue={area?.longitude}
        />
      </div>
    </>
  );
}

/** The centre's areas: a table with edit (in a disclosure, works without JavaScript), remove when unused, and add. */
export function AreaEditor({ areas, state }: { areas: Area[]; state: SettingsState }) {
  const { t } = useTranslation("settings");
  return (
    <Section title={t("areas.title")} id="areas">
      <p className="utrecht-paragraph">{t("areas.intro")}</p>
      <DataTable
        caption={t("areas.caption")}
        captionHidden
        rows={areas}
        rowKey={(area) => area.id}
        empty={<EmptyState title={t("areas.empty")}>{t("areas.emptyBody")}</EmptyState>}
        columns={[
          { key: "name", header: t("columns.name"), rowHeader: true, cell: (area) => area.name },
          { key: "province", header: t("areas.province"), cell: (area) => area.province ?? "" },
          {
            key: "point",
            header: t("areas.point"),
            cell: (area) =>
              area.latitude !== null && area.longitude !== null ? `${area.latitude}, ${area.longitude}` : "",
          },
          {
            key: "uses",
            header: t("areas.uses"),
            cell: (area) => t("areas.usesCount", { count: area.uses }),
          },
          {
            key: "actions",
            header: t("columns.actions"),
            cell: (area) => {
              const form = `area-${area.id}`;
              return (
                <div className="stack">
                  <details open={state?.target === form}>
                    <summary>{t("areas.edit", { name: area.name })}</summary>
                    <Form method="post" className="form">
                      <input type="hidden" name="intent" value="updateArea" />
                      <input type="hidden" name="id" value={area.id} />
                      <AreaFields form={form} area={area} state={state} />
                      <FormActions>
                        <SubmitButton secondary>{t("areas.editSubmit")}</SubmitButton>
                      </FormActions>
                    </Form>
                  </details>
                  {area.uses === 0 ? (
                    <IntentButton intent="removeArea" fields={{ id: area.id }} secondary>
                      {t("areas.remove", { name: area.name })}
                    </IntentButton>
                  ) : null}
                  <FormMessage form={`remove-${area.id}`} state={state} />
                </div>
              );
            },
          },
        ]}
      />
      <Form method="post" className="form" noValidate>
        <h3 className="utrecht-heading-3">{t("areas.newTitle")}</h3>
        <input type="hidden" name="intent" value="addArea" />
        <AreaFields form="area-new" state={state} />
        <FormMessage form="area-new" state={state} />
        <FormActions>
          <SubmitButton>{t("add")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
