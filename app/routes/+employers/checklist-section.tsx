import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import type { Route } from "../+types/_app.employers.$employerId._index";
import { stateTone } from "./stage-tone";
import { stepLabel } from "./step-label";

type Data = Route.ComponentProps["loaderData"];

/** The employer's implementation checklist: each step with its state, date, note and who changed it. */
export function Checklist({ data }: { data: Data }) {
  const { t, i18n } = useTranslation("employers");
  const fill = data.canWrite ? (
    <Link
      className="utrecht-button utrecht-button--secondary-action"
      to={`/employers/${data.employer.id}/checklist`}
    >
      {t("detail.fillChecklist")}
    </Link>
  ) : null;
  const done = data.checklist.filter((s) => s.state === "done").length;
  return (
    <Section title={t("detail.checklistTitle")} id="checklist" actions={fill}>
      <p className="utrecht-paragraph">
        {t("list.progressText", { done, steps: data.checklist.length })} {t("detail.stepsDone")}
      </p>
      <DataTable
        caption={t("detail.checklistCaption")}
        captionHidden
        rows={data.checklist}
        rowKey={(s) => s.id}
        empty={<EmptyState title={t("detail.noSteps")} />}
        columns={[
          { key: "step", header: t("detail.step"), rowHeader: true, cell: (s) => stepLabel(t, s) },
          {
            key: "state",
            header: t("detail.state"),
            cell: (s) => <StatusBadge tone={stateTone(s.state)}>{t(`states.${s.state}`)}</StatusBadge>,
          },
          {
            key: "due",
            header: t("detail.dueOn"),
            cell: (s) => (s.dueOn ? formatDate(s.dueOn, i18n.language) : ""),
          },
          { key: "note", header: t("detail.stepNote"), cell: (s) => s.note },
          {
            key: "changed",
            header: t("detail.lastChange"),
            cell: (s) =>
              s.changedAt && s.changedByName
                ? t("detail.changedBy", {
                    name: s.changedByName,
                    date: formatDateTime(s.changedAt, i18n.language),
                  })
                : "",
          },
        ]}
      />
    </Section>
  );
}
