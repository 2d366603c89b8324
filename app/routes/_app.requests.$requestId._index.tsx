import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { readForm } from "~/lib/body.server";
import { formatDate, formatDateTime, formatTime } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { isUuid, uuidField, uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientOptions } from "~/modules/clients/queries.server";
import {
  cancelRequest,
  createClientFromRequest,
  linkRequestToClient,
  takeRequest,
} from "~/modules/requests/handle-request.server";
import { cancelInput } from "~/modules/requests/input";
import { getRequest } from "~/modules/requests/queries.server";
import { canMove, isOpen } from "~/modules/requests/status";
import { ErrorSummary, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.requests.$requestId._index";

const notices = ["created", "saved", "taken", "cancelled", "linked"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:read");
  const done = new URL(request.url).searchParams.get("done");
  return scope.run(async (tx) => {
    const detail = await getRequest(tx, scope, uuidParam(params.requestId));
    const clients = detail.request.clientId ? [] : await clientOptions(tx);
    return { ...detail, clients, done: notices.find((n) => n === done) ?? null };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "requests:write");
  const formData = await readForm(request);
  const requestId = uuidParam(params.requestId);
  const back = (done: string) => redirect(`/requests/${requestId}?done=${done}`);
  try {
    switch (formData.get("intent")) {
      case "take":
        await scope.run((tx) => takeRequest(tx, scope, { requestId }));
        return back("taken");
      case "cancel": {
        const parsed = parseForm(formData, cancelInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => cancelRequest(tx, scope, { requestId, reason: parsed.value.reason }));
        return back("cancelled");
      }
      case "link": {
        if (!isUuid(formData.get("clientId")))
          return invalid({ errors: { clientId: ["validation.choose"] }, values: {} });
        const clientId = uuidField(formData, "clientId");
        await scope.run((tx) => linkRequestToClient(tx, scope, { requestId, clientId }));
        return back("linked");
      }
      case "createClient":
        await scope.run((tx) => createClientFromRequest(tx, scope, { requestId }));
        return back("linked");
      default:
        return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

function Details({ data }: { data: Route.ComponentProps["loaderData"] }) {
  const { t, i18n } = useTranslation("requests");
  const r = data.request;
  const none = <span className="muted">{t("detail.none")}</span>;
  return (
    <dl>
      <dt>{t("detail.client")}</dt>
      <dd>
        {r.clientId ? (
          <Link className="utrecht-link" to={`/clients/${r.clientId}`}>
            {r.client}
          </Link>
        ) : (
          (r.submitter?.organisation ?? none)
        )}
      </dd>
      <dt>{t("detail.contact")}</dt>
      <dd>
        {r.contactName ? [r.contactName, r.contactEmail, r.contactPhone].filter(Boolean).join(" · ") : none}
      </dd>
      <dt>{t("detail.workForm")}</dt>
      <dd>{r.workForm ?? none}</dd>
      <dt>{t("detail.themes")}</dt>
      <dd>{data.themes.length ? data.themes.map((th) => th.name).join(", ") : none}</dd>
      <dt>{t("detail.dates")}</dt>
      <dd>
        {data.slots.length ? (
          <ul>
            {data.slots.map((s) => (
              <li key={s.startsAt}>
                {formatDateTime(s.startsAt, i18n.language)}–{formatTime(s.endsAt, i18n.language)}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </dd>
      {r.periodStart && r.periodEnd ? (
        <>
          <dt>{t("detail.period")}</dt>
          <dd>
            {t("detail.periodValue", {
              start: formatDate(r.periodStart, i18n.language),
              end: formatDate(r.periodEnd, i18n.language),
            })}
          </dd>
        </>
      ) : null}
      <dt>{t("detail.where")}</dt>
      <dd>{r.online ? t("detail.online") : [r.place, r.area].filter(Boolean).join(", ") || none}</dd>
      <dt>{t("detail.expertsNeeded")}</dt>
      <dd>{r.expertsNeeded}</dd>
      <dt>{t("detail.budgetNote")}</dt>
      <dd>{r.budgetNote || none}</dd>
      <dt>{t("detail.description")}</dt>
      <dd style={{ whiteSpace: "pre-line" }}>{r.description || none}</dd>
    </dl>
  );
}

function LinkClient({ data, state }: { data: Route.ComponentProps["loaderData"]; state: unknown }) {
  const { t } = useTranslation(["requests", "clients"]);
  const s = data.request.submitter;
  return (
    <section aria-labelledby="link-title" className="card">
      <h2 id="link-title" className="utrecht-heading-2">
        {t("detail.linkTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("detail.linkHelp")}</p>
      {s ? (
        <>
          <h3 className="utrecht-heading-3">{t("detail.submitter")}</h3>
          <dl>
            <dt>{t("detail.organisation")}</dt>
            <dd>{s.organisation}</dd>
            <dt>{t("detail.contactName")}</dt>
            <dd>{s.name}</dd>
            <dt>{t("detail.email")}</dt>
            <dd>{s.email}</dd>
            <dt>{t("detail.phone")}</dt>
            <dd>{s.phone || t("detail.none")}</dd>
            <dt>{t("detail.sector")}</dt>
            <dd>{s.sector ? t(`clients:sectors.${s.sector}`) : t("detail.none")}</dd>
          </dl>
        </>
      ) : null}
      {data.clients.length ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="link" />
          <SelectField
            name="clientId"
            label={t("detail.linkClient")}
            state={state as never}
            options={data.clients}
            // A suggestion only: a public request joins a client when a coordinator links it.
            defaultValue={
              data.clients.find((c) => c.label.toLowerCase() === s?.organisation.trim().toLowerCase())?.value
            }
            emptyLabel={t("form.chooseClient")}
            required
          />
          <div>
            <SubmitButton secondary>{t("detail.link")}</SubmitButton>
          </div>
        </Form>
      ) : null}
      {s ? (
        <Form method="post">
          <input type="hidden" name="intent" value="createClient" />
          <SubmitButton secondary>{t("detail.createClient")}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

export default function RequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("requests");
  const data = loaderData;
  const r = data.request;
  return (
    <>
      <PageTitle>{t("detail.title", { number: r.number, title: r.title })}</PageTitle>
      {data.done ? (
        <p className="notice" role="status">
          {t(`detail.${data.done}`, { number: r.number })}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      <p className="utrecht-paragraph">
        {t("detail.status")}: <span className="badge">{t(`statuses.${r.status}`)}</span>{" "}
        <span className="muted">
          {t("detail.registered", { date: formatDate(r.createdAt, i18n.language) })}
        </span>
      </p>
      {r.status === "cancelled" ? (
        <p className="notice">{t("detail.cancelledBecause", { reason: r.cancelReason ?? "" })}</p>
      ) : null}
      {r.source === "public_form" ? <p className="utrecht-paragraph">{t("detail.publicForm")}</p> : null}
      <div className="actions">
        {isOpen(r.status) ? (
          <Link className="utrecht-button utrecht-button--primary-action" to={`/requests/${r.id}/match`}>
            {t("detail.match")}
          </Link>
        ) : null}
        {r.status === "done" || r.status === "evaluated" ? (
          <Link className="utrecht-button utrecht-button--primary-action" to={`/requests/${r.id}/evaluation`}>
            {t("detail.evaluation")}
          </Link>
        ) : null}
        {r.status !== "cancelled" && r.status !== "evaluated" ? (
          <Link className="utrecht-link" to={`/requests/${r.id}/edit`}>
            {t("detail.edit")}
          </Link>
        ) : null}
      </div>
      {r.clientId ? null : <LinkClient data={data} state={actionData} />}
      <Details data={data} />

      <h2 className="utrecht-heading-2">{t("detail.inzet")}</h2>
      {data.assignments.length ? (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("detail.inzetCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("detail.expert")}</th>
                <th scope="col">{t("detail.inzetStatus")}</th>
                <th scope="col">{t("detail.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {data.assignments.map((a) => (
                <tr key={a.id}>
                  <td>{a.expert}</td>
                  <td>{t(`assignmentStatuses.${a.status}`)}</td>
                  <td>{a.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("detail.noInzet")}</p>
      )}

      {r.status === "new" || canMove(r.status, "cancelled") ? (
        <>
          <h2 className="utrecht-heading-2">{t("detail.actions")}</h2>
          {r.status === "new" ? (
            <Form method="post" className="actions">
              <input type="hidden" name="intent" value="take" />
              <SubmitButton>{t("detail.take")}</SubmitButton>
            </Form>
          ) : null}
          {canMove(r.status, "cancelled") ? (
            <Form method="post" className="form" noValidate>
              <h3 className="utrecht-heading-3">{t("detail.cancelTitle")}</h3>
              <input type="hidden" name="intent" value="cancel" />
              <TextArea name="reason" label={t("detail.cancelReason")} state={actionData} rows={3} required />
              <div>
                <SubmitButton secondary>{t("detail.cancel")}</SubmitButton>
              </div>
            </Form>
          ) : null}
        </>
      ) : null}

      <h2 className="utrecht-heading-2">{t("detail.history")}</h2>
      {data.history.length ? (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("detail.historyCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("detail.at")}</th>
                <th scope="col">{t("detail.from")}</th>
                <th scope="col">{t("detail.to")}</th>
                <th scope="col">{t("detail.by")}</th>
              </tr>
            </thead>
            <tbody>
              {data.history.map((h) => (
                <tr key={`${h.at}-${h.to}`}>
                  <td>{formatDateTime(h.at, i18n.language)}</td>
                  <td>{h.from ? t(`statuses.${h.from}`) : ""}</td>
                  <td>{h.to ? t(`statuses.${h.to}`) : ""}</td>
                  <td>{h.by ?? t("detail.system")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="utrecht-paragraph">{t("detail.noHistory")}</p>
      )}
    </>
  );
}
