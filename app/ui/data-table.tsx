import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";

export type Column<Row> = {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  /** The label before the value when the row is stacked on a phone (defaults to the header). */
  label?: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned with even digits (numbers, amounts, hours). */
  numeric?: boolean;
  /** The row's header cell (a name): read first by screen readers. */
  rowHeader?: boolean;
};

/**
 * The one data table. A caption always (hidden when the heading above says it already); on phones the
 * rows stack into cards of label–value pairs (`layout="stack"`, the default) or the table keeps its grid
 * in a focusable scroll region that shows it scrolls (`layout="scroll"`, for wide grids of numbers).
 */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  layout = "stack",
  empty,
  footer,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  layout?: "stack" | "scroll";
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  if (rows.length === 0 && empty) return <>{empty}</>;
  const table = (
    <table className={`data-table utrecht-table${layout === "stack" ? " data-table--stack" : ""}`}>
      <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => {
              const label = c.label ?? (typeof c.header === "string" ? c.header : undefined);
              return c.rowHeader ? (
                <th key={c.key} scope="row" data-label={label}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} data-label={label} className={c.numeric ? "num" : undefined}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  if (layout === "stack") return table;
  return (
    <div>
      <p className="scroll-region__hint" aria-hidden="true">
        {t("table.scrollHint")}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="scroll-region" tabIndex={0} aria-label={caption}>
        {table}
      </section>
    </div>
  );
}
