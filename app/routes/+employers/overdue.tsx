import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";
import { stepLabel } from "./step-label";

type Late = {
  actions: { employerId: string; employer: string; what: string; dueOn: string | null }[];
  steps: { employerId: string; employer: string; key: string | null; label: string; dueOn: string | null }[];
};

/** The start page's list of employers' steps past their date; nothing when none is late. */
export function EmployersOverdue({ late }: { late: Late }) {
  const { t, i18n } = useTranslation("employers");
  const rows = [
    ...late.actions.map((a) => ({ ...a, id: `a-${a.employerId}` })),
    ...late.steps.map((s) => ({ ...s, id: `s-${s.employerId}-${s.label}`, what: stepLabel(t, s) })),
  ].sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""));
  if (rows.length === 0) return null;
  return (
    <Section title={t("overdue.title")} id="employers-late" className="card card--accent">
      <p className="utrecht-paragraph">{t("overdue.intro")}</p>
      <DataTable
        caption={t("overdue.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            key: "employer",
            header: t("overdue.employer"),
            rowHeader: true,
            cell: (r) => (
              <Link className="utrecht-link" to={`/employers/${r.employerId}`}>
                {r.employer}
              </Link>
            ),
          },
          { key: "what", header: t("overdue.what"), cell: (r) => r.what },
          {
            key: "due",
            header: t("overdue.dueOn"),
            cell: (r) => (r.dueOn ? formatDate(r.dueOn, i18n.language) : ""),
          },
        ]}
      />
    </Section>
  );
}
