import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { Facts, Section } from "~/ui/page";

type Row = Record<string, unknown>;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T/;

/** One value in plain words: codes by their name, dates as dates, yes/no, lists joined, nothing as a dash. */
function useShow(values: Record<string, string> = {}) {
  const { t, i18n } = useTranslation("privacy");
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("data.empty");
    if (values[field] && (typeof value === "string" || typeof value === "number"))
      return t(`${values[field]}.${value}`, { defaultValue: String(value) });
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

/**
 * One kind of record on the data page: its title, where it came from, and the rows. One row is a list
 * of facts; a few narrow columns a table; wide rows (an inzet has ten fields) a card per row, so
 * nothing is squeezed on a phone or on a desktop.
 */
export function Holding({
  holdingKey,
  rows,
  values,
}: {
  holdingKey: string;
  rows: Row[];
  values?: Record<string, string>;
}) {
  const { t } = useTranslation("privacy");
  const show = useShow(values);
  const fields = Object.keys(rows[0] ?? {});
  // a card or a list of facts leaves out what was never filled in; a table keeps its columns
  const facts = (row: Row) =>
    fields
      .filter((f) => !isEmpty(row[f]))
      .map((f) => ({ key: f, label: t(`fields.${f}`), value: show(f, row[f]) }));
  return (
    <Section title={t(`holdings.${holdingKey}.title`)} id={`holding-${holdingKey}`} level={3}>
      <p className="utrecht-paragraph muted">
        {t("data.source")} {t(`holdings.${holdingKey}.source`)}
      </p>
      {rows.length === 1 ? (
        <Facts items={facts(rows[0])} />
      ) : fields.length <= 4 ? (
        <DataTable<{ row: Row; index: number }>
          caption={t(`holdings.${holdingKey}.title`)}
          captionHidden
          rows={rows.map((row, index) => ({ row, index }))}
          rowKey={(r) => String(r.index)}
          columns={fields.map((f) => ({ key: f, header: t(`fields.${f}`), cell: (r) => show(f, r.row[f]) }))}
        />
      ) : (
        <ol className="record-cards" aria-label={t(`holdings.${holdingKey}.title`)}>
          {rows.map((row, index) => (
            // rows have no id of their own on this page; their order is fixed by the query
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="record-cards__card">
              <Facts items={facts(row)} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
