import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { EmptyState } from "~/ui/page";
import type { NoteRead } from "./types";

/** Who read the notes and when (from the audit trail), newest first. */
export function ReadLog({ log, caption, empty }: { log: NoteRead[]; caption: string; empty: string }) {
  const { t, i18n } = useTranslation("coaching");
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={log}
      rowKey={(r) => `${String(r.at)}-${r.name}-${r.role}`}
      empty={<EmptyState title={empty} />}
      columns={[
        { key: "who", header: t("log.who"), rowHeader: true, cell: (r) => r.name ?? t("log.former") },
        {
          key: "role",
          header: t("log.role"),
          cell: (r) => (r.role ? t(`common:roles.${r.role}`) : "—"),
        },
        { key: "when", header: t("log.when"), cell: (r) => formatDateTime(r.at, i18n.language) },
      ]}
    />
  );
}
