import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { readsOfOwnRecords } from "~/modules/privacy/reads.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { EmptyState, PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.account_.reads";

export const handle: RouteHandle = { i18n: ["privacy"], hydrate: false };

/** Who read my records: every read of the signed-in person's sensitive records by someone else. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return {
    reads: await viewer.run((tx) => readsOfOwnRecords(tx, viewer)),
    je: viewer.role !== "client_contact" && viewer.role !== "funder",
  };
}

export default function MyReads({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("privacy");
  const { reads, je } = loaderData;
  return (
    <>
      <PageHeading
        title={t("reads.title")}
        lead={t(je ? "reads.leadJe" : "reads.lead")}
        back={{ to: "/account", label: t("common:nav.account") }}
      />
      <DataTable
        caption={t("reads.caption")}
        rows={reads}
        rowKey={(r) => `${r.at}-${r.kind}-${r.reader}`}
        empty={<EmptyState title={t("reads.none")}>{t("reads.noneHint")}</EmptyState>}
        columns={[
          { key: "when", header: t("reads.when"), cell: (r) => formatDateTime(r.at, i18n.language) },
          { key: "who", header: t("reads.who"), rowHeader: true, cell: (r) => r.reader ?? t("reads.former") },
          { key: "role", header: t("reads.role"), cell: (r) => (r.role ? t(`common:roles.${r.role}`) : "—") },
          { key: "what", header: t("reads.what"), cell: (r) => t(`reads.kinds.${r.kind}`) },
          { key: "reason", header: t("reads.reason"), cell: (r) => r.reason ?? t("reads.noReason") },
        ]}
      />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/account/data">
          {t("reads.dataLink", { who: t(je ? "reads.dataLinkJe" : "reads.dataLinkU") })}
        </Link>
      </p>
    </>
  );
}
