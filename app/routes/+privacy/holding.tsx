import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Facts, Section } from "~/ui/page";

type Row = Record<string, unknown>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T/;

/** One value in plain words: dates as dates, yes/no, lists joined, nothing as a dash. */
function useShow() {
  const { t, i18n } = useTranslation("privacy");
  return (value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("data.empty");
    if (typeof value === "boolean") return t(value ? "data.yes" : "data.no");
    if (typeof value === "string" && isoMoment.test(value)) return formatDateTime(value, i18n.language);
    if (typeof value === "string" && isoDay.test(value)) return formatDate(value, i18n.language);
    if (Array.isArray(value)) return value.length ? value.join(", ") : t("data.empty");
    if (typeof value === "object")
      return Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(", ");
    return String(value);
  };
}

/** One kind of record on the data page: its title, where it came from, and the rows. */
export function Holding({ holdingKey, rows }: { holdingKey: string; rows: Row[] }) {
  const { t } = useTranslation("privacy");
  const show = useShow();
  const fields = Object.keys(rows[0] ?? {});
  return (
    <Section title={t(`holdings.${holdingKey}.title`)} id={`holding-${holdingKey}`} level={3}>
      <p className="utrecht-paragraph muted">
        {t("data.source")} {t(`holdings.${holdingKey}.source`)}
      </p>
      {rows.length === 1 ? (
        <Facts items={fields.map((f) => ({ key: f, label: t(`fields.${f}`), value: show(rows[0][f]) }))} />
      ) : (
        <DataTable<{ row: Row; index: number }>
          caption={t(`holdings.${holdingKey}.title`)}
          captionHidden
          rows={rows.map((row, index) => ({ row, index }))}
          rowKey={(r) => String(r.index)}
          columns={fields.map((f) => ({ key: f, header: t(`fields.${f}`), cell: (r) => show(r.row[f]) }))}
        />
      )}
    </Section>
  );
}
