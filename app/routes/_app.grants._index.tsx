import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listGrants } from "~/modules/grants/queries.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { EmptyState, PageHeading } from "~/ui/page";
import { formatEuros } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants._index";

export const handle: RouteHandle = { i18n: ["grants"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "grants:manage");
  return { rows: await scope.run((tx) => listGrants(tx, scope)) };
}

export default function Grants({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("grants");
  const { rows } = loaderData;
  const add = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/grants/new">
      {t("list.new")}
    </Link>
  );
  return (
    <>
      <PageHeading
        title={t("list.title")}
        lead={t("list.intro")}
        actions={
          <>
            {rows.length ? add : null}
            <Link className="utrecht-button utrecht-button--secondary-action" to="/impact">
              {t("list.impactLink")}
            </Link>
          </>
        }
      />
      <DataTable
        caption={t("list.caption")}
        captionHidden
        rows={rows}
        rowKey={(g) => g.id}
        empty={
          <EmptyState title={t("list.empty")} action={add}>
            {t("list.emptyHint")}
          </EmptyState>
        }
        columns={[
          {
            key: "name",
            header: t("list.name"),
            rowHeader: true,
            cell: (g) => (
              <Link className="utrecht-link" to={`/grants/${g.id}`}>
                {g.name}
              </Link>
            ),
          },
          { key: "funder", header: t("list.funder"), cell: (g) => g.funderName },
          {
            key: "amount",
            header: t("list.amount"),
            numeric: true,
            cell: (g) => formatEuros(g.amountCents, i18n.language),
          },
          {
            key: "period",
            header: t("list.period"),
            cell: (g) =>
              t("detail.period", {
                from: formatDate(g.startsOn, i18n.language),
                to: formatDate(g.endsOn, i18n.language),
              }),
          },
          { key: "province", header: t("list.province"), cell: (g) => g.province ?? "" },
        ]}
      />
    </>
  );
}
