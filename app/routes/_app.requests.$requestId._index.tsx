import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientOptions } from "~/modules/clients/queries.server";
import {
  cancelRequest,
  createClientFromRequest,
  linkRequestToClient,
  takeRequest,
} from "~/modules/requests/handle-request.server";
import { cancelInput, linkInput } from "~/modules/requests/input";
import { getRequest } from "~/modules/requests/queries.server";
import { canMove, isOpen } from "~/modules/requests/status";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { Notice, PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import { assignmentTone, requestTone } from "./+requests/status-tone";
import type { Route } from "./+types/_app.requests.$requestId._index";

export const handle: RouteHandle = { i18n: ["clients", "requests"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:read");
  return scope.run(async (tx) => {
    const detail = await getRequest(tx, scope, uuidParam(params.requestId));
    const clients = detail.request.clientId ? [] : await clientOptions(tx);
    return { ...detail, clients };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "requests:write");
  const requestId = uuidParam(params.requestId);
  const page = `/requests/${requestId}`;
  return runIntents(request, {
    take: intent({
      run: () => scope.run((tx) => takeRequest(tx, scope, { requestId })),
      done: () => redirectWithNotice(page, "requestTaken"),
    }),
    cancel: intent({
      schema: cancelInput,
      run: ({ reason }) => scope.run((tx) => cancelRequest(tx, scope, { requestId, reason })),
      done: () => redirectWithNotice(page, "requestCancelled"),
    }),
    link: intent({
      schema: linkInput,
      run: ({ clientId }) => scope.run((tx) => linkRequestToClient(tx, scope, { requestId, clientId })),
      done: () => redirectWithNotice(page, "requestLinked"),
    }),
    createClient: intent({
      run: () => scope.run((tx) => createClientFromRequest(tx, scope, { requestId })),
      done: () => redirectWithNotice(page, "requestLinked"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Details({ data }: { data: Data }) {
  const { t } = useTranslation("requests");
  const r = data.request;
  const none = <span className="muted">{t("detail.none")}</span>;
  const contact = [r.contactName, r.contactEmail, r.contactPhone].filter(Boolean).join(" · ");
  return (
    <Facts
      items={[
        {
          label: t("detail.client"),
          value: r.clientId ? (
            <Link className="utrecht-link" to={`/clients/${r.clientId}`}>
              {r.client}
            </Link>
          ) : (
            (r.submitter?.organisation ?? none)
          ),
        },
        { label: t("detail.contact"), value: contact || none },
        { label: t("detail.workForm"), value: r.workForm ?? none },
        { label: t("detail.themes"), value: data.themes.map((th) => th.name).join(", ") || none },
        { label: t("detail.expertsNeeded"), value: r.expertsNeeded },
        { label: t("detail.budgetNote"), value: r.budgetNote || none },
        { label: t("detail.description"), value: <span className="pre-line">{r.description || none}</span> },
      ]}
    />
  );
}

function LinkClient({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation(["requests", "clients"]);
  const s = data.request.submitter;
  return (
    <Section title={t("detail.linkTitle")} id="link" className="card card--accent">
      <p className="utrecht-paragraph">{t("detail.linkHelp")}</p>
      {s ? (
        <Facts
          items={[
            { label: t("detail.organisation"), value: s.organisation },
            { label: t("detail.contactName"), value: s.name },
            { label: t("detail.email"), value: s.email },
            { label: t("detail.phone"), value: s.phone || t("detail.none") },
            {
              label: t("detail.sector"),
              value: s.sector ? t(`clients:sectors.${s.sector}`) : t("detail.none"),
            },
          ]}
        />
      ) : null}
      {data.clients.length ? (
        <Form method="post" className="form">
          <input type="hidden" name="intent" value="link" />
          <SelectField
            name="clientId"
            label={t("detail.linkClient")}
            state={state}
            options={data.clients}
            // A suggestion only: a public request joins a client when a coordinator links it.
            defaultValue={
              data.clients.find((c) => c.label.toLowerCase() === s?.organisation.trim().toLowerCase())?.value
            }
            emptyLabel={t("form.chooseClient")}
            required
          />
          <FormActions>
            <SubmitButton secondary>{t("detail.link")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
      {s ? (
        <IntentButton intent="createClient" secondary>
          {t("detail.createClient")}
        </IntentButton>
      ) : null}
    </Section>
  );
}

function Inzet({ data }: { data: Data }) {
  const { t } = useTranslation("requests");
  return (
    <Section title={t("detail.inzet")} id="inzet">
      <DataTable
        caption={t("detail.inzetCaption")}
        captionHidden
        rows={data.assignments}
        rowKey={(a) => a.id}
        empty={<p className="utrecht-paragraph">{t("detail.noInzet")}</p>}
        columns={[
          { key: "expert", header: t("detail.expert"), rowHeader: true, cell: (a) => a.expert },
          {
            key: "status",
            header: t("detail.inzetStatus"),
            cell: (a) => (
              <StatusBadge tone={assignmentTone(a.status)}>{t(`assignmentStatuses.${a.status}`)}</StatusBadge>
            ),
          },
          { key: "reason", header: t("detail.reason"), cell: (a) => a.reason ?? "" },
        ]}
      />
    </Section>
  );
}

function History({ data }: { data: Data }) {
  const { t, i18n } = useTranslation("requests");
  return (
    <Section title={t("detail.history")} id="history">
      <DataTable
        caption={t("detail.historyCaption")}
        captionHidden
        rows={data.history}
        rowKey={(h) => `${h.at}-${h.to}`}
        empty={<p className="utrecht-paragraph">{t("detail.noHistory")}</p>}
        columns={[
          { key: "at", header: t("detail.at"), cell: (h) => formatDateTime(h.at, i18n.language) },
          { key: "from", header: t("detail.from"), cell: (h) => (h.from ? t(`statuses.${h.from}`) : "") },
          { key: "to", header: t("detail.to"), cell: (h) => (h.to ? t(`statuses.${h.to}`) : "") },
          { key: "by", header: t("detail.by"), cell: (h) => h.by ?? t("detail.system") },
        ]}
      />
    </Section>
  );
}

function Actions({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("requests");
  const r = data.request;
  if (r.status !== "new" && !canMove(r.status, "cancelled")) return null;
  return (
    <Section title={t("detail.actions")} id="actions">
      {r.status === "new" ? <IntentButton intent="take">{t("detail.take")}</IntentButton> : null}
      {canMove(r.status, "cancelled") ? (
        <Form method="post" className="form" noValidate>
          <h3 className="utrecht-heading-3">{t("detail.cancelTitle")}</h3>
          <input type="hidden" name="intent" value="cancel" />
          <TextArea name="reason" label={t("detail.cancelReason")} state={state} rows={3} required />
          <FormActions>
            <SubmitButton secondary>{t("detail.cancel")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

export default function RequestPage({ loaderData: data, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("requests");
  const r = data.request;
  return (
    <>
      <PageHeading
        title={t("detail.title", { number: r.number, title: r.title })}
        back={{ to: "/requests", label: t("list.title") }}
        lead={
          <>
            <StatusBadge tone={requestTone(r.status)}>{t(`statuses.${r.status}`)}</StatusBadge>{" "}
            {t("detail.registered", { date: formatDate(r.createdAt, i18n.language) })}
            {r.source === "public_form" ? ` · ${t("detail.publicForm")}` : ""}
          </>
        }
        actions={
          <>
            {isOpen(r.status) ? (
              <Link className="utrecht-button utrecht-button--primary-action" to={`/requests/${r.id}/match`}>
                {t("detail.match")}
              </Link>
            ) : null}
            {r.status === "done" || r.status === "evaluated" ? (
              <Link
                className="utrecht-button utrecht-button--primary-action"
                to={`/requests/${r.id}/evaluation`}
              >
                {t("detail.evaluation")}
              </Link>
            ) : null}
            {r.status !== "cancelled" && r.status !== "evaluated" ? (
              <Link className="utrecht-button utrecht-button--secondary-action" to={`/requests/${r.id}/edit`}>
                {t("detail.edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <PageNotice values={{ number: r.number }} />
      <ErrorSummary state={actionData} />
      {r.status === "cancelled" ? (
        <Notice kind="warning">
          <p className="utrecht-paragraph">
            {t("detail.cancelledBecause", { reason: r.cancelReason ?? "" })}
          </p>
        </Notice>
      ) : null}
      {r.clientId ? null : <LinkClient data={data} state={actionData} />}
      <Section title={t("detail.whenWhere")} id="when">
        <WhenWhere
          slots={data.slots}
          period={r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null}
          online={r.online}
          place={r.place}
          area={r.area}
        />
      </Section>
      <Section title={t("detail.about")} id="about">
        <Details data={data} />
      </Section>
      <Inzet data={data} />
      <Actions data={data} state={actionData} />
      <History data={data} />
    </>
  );
}
