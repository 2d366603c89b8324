import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { CorrectionRow } from "~/modules/privacy/correction.server";
import { DataTable } from "~/ui/data-table";
import { ChoiceGroup, FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { Link } from "~/ui/link";
import { EmptyState, Section, StatusBadge } from "~/ui/page";

const tone = (status: CorrectionRow["status"]) =>
  status === "open" ? "warning" : status === "corrected" ? "success" : "neutral";

/** On the privacy page: people's requests for a correction, and the answer form for the one chosen. */
export function Corrections({
  rows,
  answering,
  state,
}: {
  rows: CorrectionRow[];
  answering: string | null;
  state: FormState | undefined;
}) {
  const { t, i18n } = useTranslation("privacy");
  const chosen = rows.find((r) => r.id === answering && r.status === "open");
  return (
    <Section title={t("correction.staffTitle")} id="corrections">
      <p className="utrecht-paragraph">{t("correction.staffIntro")}</p>
      <DataTable
        caption={t("correction.staffCaption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={<EmptyState title={t("correction.none")} />}
        columns={[
          {
            key: "asked",
            header: t("correction.asked"),
            cell: (r) => formatDate(r.createdAt, i18n.language),
          },
          { key: "person", header: t("correction.person"), rowHeader: true, cell: (r) => r.person },
          {
            key: "about",
            header: t("correction.about"),
            cell: (r) => (r.about ? t(`holdings.${r.about}.title`) : t("correction.aboutAny")),
          },
          { key: "question", header: t("correction.question"), cell: (r) => r.message },
          {
            key: "status",
            header: t("correction.status"),
            cell: (r) =>
              r.status === "open" ? (
                <Link
                  className="utrecht-link"
                  to={`/privacy?answer=${r.id}#answer-form`}
                  aria-label={`${t("correction.answerLink")}: ${r.person}`}
                >
                  {t("correction.answerLink")}
                </Link>
              ) : (
                <>
                  <StatusBadge tone={tone(r.status)}>{t(`correction.statuses.${r.status}`)}</StatusBadge>{" "}
                  {r.answeredAt
                    ? t("correction.answeredBy", {
                        name: r.answeredBy ?? "—",
                        date: formatDate(r.answeredAt, i18n.language),
                      })
                    : null}
                </>
              ),
          },
        ]}
      />
      {chosen ? (
        <Form
          method="post"
          className="form"
          noValidate
          id="answer-form"
          action={`/privacy?answer=${chosen.id}`}
        >
          <h3 className="utrecht-heading-3">
            {chosen.person} · {chosen.email}
          </h3>
          <p className="utrecht-paragraph pre-line">{chosen.message}</p>
          <input type="hidden" name="intent" value="answerCorrection" />
          <input type="hidden" name="correctionId" value={chosen.id} />
          <ChoiceGroup
            name="status"
            type="radio"
            legend={t("correction.decision")}
            options={[
              { value: "corrected", label: t("correction.corrected") },
              { value: "refused", label: t("correction.refused") },
            ]}
            state={state}
            required
          />
          <TextArea
            name="answer"
            label={t("correction.answerLabel")}
            description={t("correction.answerHint")}
            rows={4}
            required
            state={state}
          />
          <FormActions>
            <SubmitButton>{t("correction.answerButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}
