import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { ListKind } from "~/modules/settings/list-kinds";
import { SubmitButton } from "~/ui/form";
import { Field, FormMessage, type SettingsState } from "./fields";

type Item = { id: string; name: string; active: boolean };

/** A list of themes or forms of work: rename, switch on/off, add. Every action is its own small form. */
export function ListEditor({ kind, items, state }: { kind: ListKind; items: Item[]; state: SettingsState }) {
  const { t } = useTranslation("settings");
  const texts = kind === "theme" ? "themes" : "workForms";
  return (
    <section aria-labelledby={`${kind}-title`}>
      <h2 className="utrecht-heading-2" id={`${kind}-title`}>
        {t(`${texts}.title`)}
      </h2>
      <p className="utrecht-paragraph">{t(`${texts}.intro`)}</p>
      <div className="table-wrap">
        <table className="utrecht-table">
          <caption className="visually-hidden">{t(`${texts}.caption`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const form = `rename-${item.id}`;
              return (
                <tr key={item.id}>
                  <th scope="row">{item.name}</th>
                  <td>{item.active ? t("active") : t("inactive")}</td>
                  <td>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="rename" />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="id" value={item.id} />
                      <Field
                        form={form}
                        name="name"
                        label={t("rename", { name: item.name })}
                        hideLabel
                        required
                        state={state}
                        defaultValue={item.name}
                      />
                      <SubmitButton secondary>{t("renameSubmit")}</SubmitButton>
                    </Form>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="toggle" />
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="active" value={item.active ? "false" : "true"} />
                      <SubmitButton secondary>
                        {item.active
                          ? t("switchOff", { name: item.name })
                          : t("switchOn", { name: item.name })}
                      </SubmitButton>
                    </Form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="kind" value={kind} />
        <Field form={`add-${kind}`} name="name" label={t(`${texts}.newName`)} required state={state} />
        <SubmitButton>{t("add")}</SubmitButton>
      </Form>
      <FormMessage form={`add-${kind}`} state={state} />
    </section>
  );
}
