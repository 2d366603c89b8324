import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { z } from "zod";
import { requestStatuses } from "~/db/schema";
import { formatDate } from "~/lib/dates";
import { queryOf } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientOptions } from "~/modules/clients/queries.server";
import { listRequests } from "~/modules/requests/queries.server";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.requests._index";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filtersInput = z.object({
  status: z.enum(requestStatuses).optional().catch(undefined),
  clientId: z.uuid().optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  search: z.string().trim().max(100).optional().catch(undefined),
});

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:read");
  const params = queryOf(request.url);
  const filters = filtersInput.parse(params);
  return scope.run(async (tx) => ({
    filters,
    rows: await listRequests(tx, scope, filters),
    clients: await clientOptions(tx),
  }));
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("requests");
  const { filters, rows, clients } = loaderData;
  const shown = { values: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v ?? ""])) };
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <p className="actions">
        <Link className="utrecht-button utrecht-button--primary-action" to="/requests/new">
          {t("list.new")}
        </Link>
      </p>
      <Form method="get" className="filters" aria-label={t("list.filters")}>
        <SelectField
          name="status"
          label={t("list.status")}
          state={shown}
          options={requestStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          emptyLabel={t("list.allStatuses")}
        />
        <SelectField
          name="clientId"
          label={t("list.client")}
          state={shown}
          options={clients}
          emptyLabel={t("list.allClients")}
        />
        <TextField name="from" type="date" label={t("list.from")} state={shown} />
        <TextField name="to" type="date" label={t("list.to")} state={shown} />
        <TextField name="search" type="search" label={t("list.search")} state={shown} />
        <div className="actions">
          <SubmitButton>{t("list.apply")}</SubmitButton>
          <Link className="utrecht-link" to="/requests">
            {t("list.clear")}
          </Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("list.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.number")}</th>
                <th scope="col">{t("list.subject")}</th>
                <th scope="col">{t("list.client")}</th>
                <th scope="col">{t("list.when")}</th>
                <th scope="col">{t("list.status")}</th>
                <th scope="col">{t("list.needed")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.number}</td>
                  <td>
                    <Link className="utrecht-link" to={`/requests/${r.id}`}>
                      {r.title}
                    </Link>
                  </td>
                  <td>
                    {r.client ?? ""}
                    {r.linked ? null : <span className="muted"> ({t("list.unlinked")})</span>}
                  </td>
                  <td>
                    {r.firstSlot
                      ? formatDate(r.firstSlot, i18n.language)
                      : r.periodStart && r.periodEnd
                        ? `${formatDate(r.periodStart, i18n.language)} – ${formatDate(r.periodEnd, i18n.language)}`
                        : ""}
                  </td>
                  <td>
                    <span className="badge">{t(`statuses.${r.status}`)}</span>
                  </td>
                  <td>{r.expertsNeeded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
