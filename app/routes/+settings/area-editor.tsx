import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { SubmitButton } from "~/ui/form";
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
    <section aria-labelledby="areas-title">
      <h2 className="utrecht-heading-2" id="areas-title">
        {t("areas.title")}
      </h2>
      <p className="utrecht-paragraph">{t("areas.intro")}</p>
      {areas.length === 0 ? (
        <p className="utrecht-paragraph">{t("areas.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("areas.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("areas.province")}</th>
                <th scope="col">{t("areas.point")}</th>
                <th scope="col">{t("areas.uses")}</th>
                <th scope="col">{t("columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => {
                const form = `area-${area.id}`;
                return (
                  <tr key={area.id}>
                    <th scope="row">{area.name}</th>
                    <td>{area.province ?? ""}</td>
                    <td>
                      {area.latitude !== null && area.longitude !== null
                        ? `${area.latitude}, ${area.longitude}`
                        : ""}
                    </td>
                    <td>{t("areas.usesCount", { count: area.uses })}</td>
                    <td>
                      <details open={state?.target === form}>
                        <summary>{t("areas.edit", { name: area.name })}</summary>
                        <Form method="post" className="form">
                          <input type="hidden" name="intent" value="updateArea" />
                          <input type="hidden" name="id" value={area.id} />
                          <AreaFields form={form} area={area} state={state} />
                          <div>
                            <SubmitButton secondary>{t("areas.editSubmit")}</SubmitButton>
                          </div>
                        </Form>
                      </details>
                      {area.uses === 0 ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="removeArea" />
                          <input type="hidden" name="id" value={area.id} />
                          <SubmitButton secondary>{t("areas.remove", { name: area.name })}</SubmitButton>
                        </Form>
                      ) : null}
                      <FormMessage form={`remove-${area.id}`} state={state} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3 className="utrecht-heading-3">{t("areas.newTitle")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="addArea" />
        <AreaFields form="area-new" state={state} />
        <FormMessage form="area-new" state={state} />
        <div>
          <SubmitButton>{t("add")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
