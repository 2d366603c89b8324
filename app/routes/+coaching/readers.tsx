import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SelectField, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { stateFor } from "./types";

type Reader = { userId: string; name: string; givenAt: Date | string };
type Candidate = { userId: string; name: string; role: string };

/** Whom the expert lets read their notes: the coach always; others they allow and can withdraw. */
export function ReadersPart({
  coach,
  allowed,
  candidates,
  state,
}: {
  coach: string;
  allowed: Reader[];
  candidates: Candidate[];
  state: FormState;
}) {
  const { t, i18n } = useTranslation("coaching");
  return (
    <Section title={t("mine.readers")} id="readers">
      <p className="utrecht-paragraph">{t("mine.readersIntro", { coach })}</p>
      <DataTable
        caption={t("mine.readersCaption")}
        captionHidden
        rows={allowed}
        rowKey={(r) => r.userId}
        empty={<EmptyState title={t("mine.readersNone")} />}
        columns={[
          { key: "name", header: t("mine.name"), rowHeader: true, cell: (r) => r.name },
          { key: "since", header: t("mine.since"), cell: (r) => formatDate(r.givenAt, i18n.language) },
          {
            key: "withdraw",
            header: "",
            cell: (r) => (
              <IntentButton
                intent="withdraw"
                fields={{ userId: r.userId }}
                secondary
                label={t("mine.withdrawLabel", { name: r.name })}
              >
                {t("mine.withdraw")}
              </IntentButton>
            ),
          },
        ]}
      />
      {candidates.length ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="allow" />
          <SelectField
            name="userId"
            label={t("mine.allow")}
            description={t("mine.allowHint")}
            state={stateFor(state, "allow")}
            options={candidates.map((c) => ({
              value: c.userId,
              label: `${c.name} (${t(`common:roles.${c.role}`)})`,
            }))}
            emptyLabel=""
            required
          />
          <FormActions>
            <SubmitButton>{t("mine.allowButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}
