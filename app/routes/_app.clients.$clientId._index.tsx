import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidField, uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  addContact,
  giveContactLogin,
  removeContact,
  updateContact,
} from "~/modules/clients/contacts.server";
import { contactInput } from "~/modules/clients/input";
import { getClient } from "~/modules/clients/queries.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { ContactFields } from "./+clients/client-fields";
import { requestTone } from "./+requests/status-tone";
import type { Route } from "./+types/_app.clients.$clientId._index";

export const handle: RouteHandle = { i18n: ["clients", "requests"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:read");
  const data = await scope.run((tx) => getClient(tx, scope, uuidParam(params.clientId)));
  const editing = data.contacts.find((c) => c.id === url.searchParams.get("contact")) ?? null;
  return { ...data, editing, canWrite: can(scope.role, "clients:write") };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "clients:write");
  const clientId = uuidParam(params.clientId);
  const page = `/clients/${clientId}`;
  // the contact a button points at: not a uuid is a 400 with a message, never a database error
  const contactOf = (formData: FormData) => uuidField(formData, "contactId");
  return runIntents(request, {
    addContact: intent({
      schema: contactInput,
      run: (value) => scope.run((tx) => addContact(tx, scope, { ...value, clientId })),
      done: () => redirectWithNotice(page, "contactAdded"),
    }),
    updateContact: intent({
      schema: contactInput,
      run: (value, formData) =>
        scope.run((tx) => updateContact(tx, scope, { ...value, clientId, contactId: contactOf(formData) })),
      done: () => redirectWithNotice(page, "contactSaved"),
    }),
    removeContact: intent({
      run: (formData) =>
        scope.run((tx) => removeContact(tx, scope, { clientId, contactId: contactOf(formData) })),
      done: () => redirectWithNotice(page, "contactRemoved"),
    }),
    giveLogin: intent({
      run: (formData) => giveContactLogin(scope, { clientId, contactId: contactOf(formData) }),
      done: ({ invited }) => redirectWithNotice(page, invited ? "contactInvited" : "contactLoginGiven"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Contacts({ data, state }: { data: Data; state: Route.ComponentProps["actionData"] }) {
  const { t } = useTranslation("clients");
  const { client, contacts, canWrite, editing } = data;
  type Contact = Data["contacts"][number];
  return (
    <Section title={t("detail.contacts")} id="contacts">
      <DataTable
        caption={t("detail.contactsCaption")}
        captionHidden
        rows={contacts}
        rowKey={(c) => c.id}
        empty={
          <EmptyState title={t("detail.noContacts")}>
            {canWrite ? t("detail.noContactsBody") : null}
          </EmptyState>
        }
        columns={[
          { key: "name", header: t("contact.name"), cell: (c) => c.name },
          { key: "jobTitle", header: t("contact.jobTitle"), cell: (c) => c.jobTitle },
          { key: "email", header: t("contact.email"), cell: (c) => c.email },
          { key: "phone", header: t("contact.phone"), label: t("contact.phoneLabel"), cell: (c) => c.phone },
          {
            key: "login",
            header: t("contact.login"),
            cell: (c) => (c.hasLogin ? t("contact.hasLogin") : t("contact.noLogin")),
          },
          ...(canWrite
            ? [
                {
                  key: "actions",
                  header: t("contact.actions"),
                  cell: (c: Contact) => (
                    <div className="inline-form">
                      <Link
                        className="utrecht-link"
                        to={`/clients/${client.id}?contact=${c.id}#contact-form`}
                        aria-label={t("contact.editLabel", { name: c.name })}
                      >
                        {t("contact.edit")}
                      </Link>
                      {c.hasLogin ? null : (
                        <IntentButton
                          intent="giveLogin"
                          fields={{ contactId: c.id }}
                          link
                          label={t("contact.giveLoginLabel", { name: c.name })}
                        >
                          {t("contact.giveLogin")}
                        </IntentButton>
                      )}
                      <IntentButton
                        intent="removeContact"
                        fields={{ contactId: c.id }}
                        link
                        label={t("contact.removeLabel", { name: c.name })}
                      >
                        {t("contact.remove")}
                      </IntentButton>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite ? (
        <section aria-labelledby="contact-form" className="card">
          <h3 id="contact-form" className="utrecht-heading-3" tabIndex={-1}>
            {editing ? t("contact.editTitle", { name: editing.name }) : t("contact.addTitle")}
          </h3>
          <p className="utrecht-paragraph muted">{t("contact.giveLoginHelp")}</p>
          <Form method="post" className="form" noValidate key={editing?.id ?? "new"}>
            <input type="hidden" name="intent" value={editing ? "updateContact" : "addContact"} />
            {editing ? <input type="hidden" name="contactId" value={editing.id} /> : null}
            <ContactFields state={state} defaults={editing ?? {}} />
            <FormActions>
              <SubmitButton>{editing ? t("contact.save") : t("contact.add")}</SubmitButton>
              {editing ? (
                <Link className="utrecht-link" to={`/clients/${client.id}`}>
                  {t("common:actions.cancel")}
                </Link>
              ) : null}
            </FormActions>
          </Form>
        </section>
      ) : null}
    </Section>
  );
}

export default function ClientPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["clients", "requests"]);
  const { client, requests, canWrite } = loaderData;
  const none = <span className="muted">{t("detail.none")}</span>;
  return (
    <>
      <PageHeading
        title={client.name}
        back={{ to: "/clients", label: t("list.back") }}
        actions={
          canWrite ? (
            <>
              <Link
                className="utrecht-button utrecht-button--primary-action"
                to={`/requests/new?clientId=${client.id}`}
              >
                {t("detail.newRequest")}
              </Link>
              <Link
                className="utrecht-button utrecht-button--secondary-action"
                to={`/clients/${client.id}/edit`}
              >
                {t("detail.edit")}
              </Link>
            </>
          ) : null
        }
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Section title={t("detail.details")} id="details">
        <Facts
          items={[
            { label: t("form.sector"), value: t(`sectors.${client.sector}`) },
            { label: t("form.area"), value: client.area ?? none },
            { label: t("detail.address"), value: client.address || none },
            {
              label: t("detail.notes"),
              value: client.notes ? <span className="pre-line">{client.notes}</span> : none,
            },
          ]}
        />
      </Section>

      <Contacts data={loaderData} state={actionData} />

      <Section title={t("detail.requests")} id="requests">
        <DataTable
          caption={t("detail.requestsCaption")}
          captionHidden
          rows={requests}
          rowKey={(r) => r.id}
          empty={<EmptyState title={t("detail.noRequests")} />}
          columns={[
            { key: "number", header: t("detail.number"), cell: (r) => r.number },
            {
              key: "title",
              header: t("detail.titleCol"),
              rowHeader: true,
              cell: (r) => (
                <Link className="utrecht-link" to={`/requests/${r.id}`}>
                  {r.title}
                </Link>
              ),
            },
            {
              key: "status",
              header: t("detail.status"),
              cell: (r) => (
                <StatusBadge tone={requestTone(r.status)}>{t(`requests:statuses.${r.status}`)}</StatusBadge>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
