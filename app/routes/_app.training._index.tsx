import { traineeStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listCohorts } from "~/modules/training/cohorts.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { EmptyState, PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.training._index";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => ({
    cohorts: await listCohorts(tx, scope),
    canWrite: can(scope.role, "training:write"),
  }));
}

export default function Training({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("training");
  const { cohorts, canWrite } = loaderData;
  const add = canWrite ? (
    <Link className="utrecht-button utrecht-button--primary-action" to="/training/new">
      {t("add")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t("intro")}
        actions={
          canWrite ? (
            <>
              {cohorts.length ? add : null}
              <Link className="utrecht-button utrecht-button--secondary-action" to="/training/import">
                {t("importLink")}
              </Link>
            </>
          ) : null
        }
      />
      <DataTable
        caption={t("list.caption")}
        captionHidden
        rows={cohorts}
        rowKey={(c) => c.id}
        empty={
          <EmptyState title={t("none")} action={add}>
            {canWrite ? t("noneHint") : null}
          </EmptyState>
        }
        columns={[
          {
            key: "name",
            header: t("list.name"),
            rowHeader: true,
            cell: (c) => (
              <Link className="utrecht-link" to={`/training/${c.id}`}>
                {c.name}
              </Link>
            ),
          },
          { key: "kind", header: t("list.kind"), cell: (c) => t(`kind.${c.kind}`) },
          { key: "partner", header: t("list.partner"), cell: (c) => c.trainingPartner },
          {
            key: "dates",
            header: t("list.dates"),
            cell: (c) =>
              t("list.dateRange", {
                from: formatDate(c.startsOn, i18n.language),
                to: formatDate(c.endsOn, i18n.language),
              }),
          },
          {
            key: "trainees",
            header: t("list.trainees"),
            // only the statuses someone is in: "In opleiding: 8", not four lines of zeros
            cell: (c) => {
              const present = traineeStatuses.filter((s) => c.counts[s] > 0);
              return present.length ? (
                <ul className="plain-list">
                  {present.map((s) => (
                    <li key={s}>
                      {t(`status.${s}`)}: {c.counts[s]}
                    </li>
                  ))}
                </ul>
              ) : (
                "–"
              );
            },
          },
        ]}
      />
    </>
  );
}
