import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/i18n/handle";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { exportKinds } from "~/modules/exports/table";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.export";

export const handle: RouteHandle = { i18n: ["exports"] };

/** Downloads of the pool and the requests for Excel (.xlsx and .csv). The files come from /export/<what>.<format>. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "export:use");
  return { kinds: exportKinds };
}

export default function ExportPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("exports");
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      <p className="notice">{t("privacy")}</p>
      <div className="table-wrap">
        <table className="utrecht-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("contents")}</th>
              <th scope="col">{t("download")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.kinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(kind)}</th>
                <td>{t(`${kind}Contents`)}</td>
                <td>
                  <ul>
                    {(["xlsx", "csv"] as const).map((format) => (
                      <li key={format}>
                        <a className="utrecht-link" href={`/export/${kind}.${format}`} download>
                          {t(format, { what: t(kind) })}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
