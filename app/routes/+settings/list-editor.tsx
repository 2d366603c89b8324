import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import type { ListKind } from "~/modules/settings/list-kinds";
import { DataTable } from "~/ui/data-table";
import { SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import { Field, FormMessage, type SettingsState } from "./fields";

type Item = { id: string; name: string; active: boolean };

/** A list of themes or forms of work: rename, switch on/off, add. Every action is its own small form. */
export function ListEditor({ kind, items, state }: { kind: ListKind; items: Item[]; state: SettingsState }) {
  const { t } = useTranslation("settings");
  const texts = kind === "theme" ? "themes" : "workForms";
  return (
    <Section title={t(`${texts}.title`)} id={`${kind}`}>
      <p className="utrecht-paragraph">{t(`${texts}.intro`)}</p>
      <DataTable
        caption={t(`${texts}.caption`)}
        captionHidden
        rows={items}
        rowKey={(item) => item.id}
        empty={<EmptyState title={t(`${texts}.empty`)}>{t(`${texts}.emptyBody`)}</EmptyState>}
        columns={[
          { key: "name", header: t("columns.name"), rowHeader: true, cell: (item) => item.name },
          {
            key: "status",
            header: t("columns.status"),
            cell: (item) => (
              <StatusBadge tone={item.active ? "success" : "neutral"}>
                {item.active ? t("active") : t("inactive")}
              </StatusBadge>
            ),
          },
          {
            key: "actions",
            header: t("columns.actions"),
            cell: (item) => (
              <div className="actions">
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="rename" />
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <Field
                    form={`rename-${item.id}`}
                    name="name"
                    label={t("rename", { name: item.name })}
                    hideLabel
                    required
                    state={state}
                    defaultValue={item.name}
                  />
                  <SubmitButton secondary>{t("renameSubmit")}</SubmitButton>
                </Form>
                <IntentButton
                  intent="toggle"
                  fields={{ kind, id: item.id, active: item.active ? "false" : "true" }}
                  secondary
                >
                  {item.active ? t("switchOff", { name: item.name }) : t("switchOn", { name: item.name })}
                </IntentButton>
              </div>
            ),
          },
        ]}
      />
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="kind" value={kind} />
        <Field form={`add-${kind}`} name="name" label={t(`${texts}.newName`)} required state={state} />
        <SubmitButton>{t("add")}</SubmitButton>
      </Form>
      <FormMessage form={`add-${kind}`} state={state} />
    </Section>
  );
}
