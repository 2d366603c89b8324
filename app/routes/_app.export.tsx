import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { exportKinds } from "~/modules/exports/table";
import { DataTable } from "~/ui/data-table";
import { Notice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.export";

export const handle: RouteHandle = { i18n: ["exports"] };

/** Downloads of the pool and the requests for Excel (.xlsx and .csv). The files come from /export/<what>.<format>. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "export:use");
  return { kinds: exportKinds };
}

export default function ExportPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("exports");
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} back={{ to: "/settings", label: tc("nav.manage") }} />
      <Notice kind="info">
        <p className="utrecht-paragraph">{t("privacy")}</p>
      </Notice>
      <Section title={t("caption")} id="files">
        <DataTable
          caption={t("caption")}
          captionHidden
          rows={[...loaderData.kinds]}
          rowKey={(kind) => kind}
          columns={[
            { key: "what", header: t("what"), rowHeader: true, cell: (kind) => t(kind) },
            { key: "contents", header: t("contents"), cell: (kind) => t(`${kind}Contents`) },
            {
              key: "download",
              header: t("download"),
              cell: (kind) => (
                <div className="actions">
                  {(["xlsx", "csv"] as const).map((format) => (
                    <a
                      key={format}
                      className="utrecht-button utrecht-button--secondary-action"
                      href={`/export/${kind}.${format}`}
                      download
                    >
                      {t(format, { what: t(kind) })}
                    </a>
                  ))}
                </div>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
