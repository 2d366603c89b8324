import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
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
import { ErrorSummary, SubmitButton } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { ContactFields } from "./+clients/client-fields";
import type { Route } from "./+types/_app.clients.$clientId._index";

export const handle: RouteHandle = { i18n: ["clients", "requests"] };

const notices = {
  saved: "detail.saved",
  added: "contact.added",
  removed: "contact.removed",
  login: "contact.loginGiven",
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:read");
  const url = new URL(request.url);
  const done = url.searchParams.get("done") ?? "";
  const data = await scope.run((tx) => getClient(tx, scope, params.clientId));
  const editing = data.contacts.find((c) => c.id === url.searchParams.get("contact")) ?? null;
  return {
    ...data,
    editing,
    canWrite: can(scope.role, "clients:write"),
    notice: done in notices ? notices[done as keyof typeof notices] : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "clients:write");
  const formData = await request.formData();
  const clientId = params.clientId;
  const contactId = String(formData.get("contactId") ?? "");
  const back = (done: string) => redirect(`/clients/${clientId}?done=${done}`);
  try {
    switch (formData.get("intent")) {
      case "addContact":
      case "updateContact": {
        const parsed = parseForm(formData, contactInput);
        if (!parsed.ok) return invalid(parsed.result);
        if (formData.get("intent") === "addContact") {
          await scope.run((tx) => addContact(tx, scope, { ...parsed.value, clientId }));
          return back("added");
        }
        await scope.run((tx) => updateContact(tx, scope, { ...parsed.value, clientId, contactId }));
        return back("saved");
      }
      case "removeContact":
        await scope.run((tx) => removeContact(tx, scope, { clientId, contactId }));
        return back("removed");
      case "giveLogin":
        await giveContactLogin(scope, { clientId, contactId });
        return back("login");
      default:
        return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function ClientPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["clients", "requests"]);
  const { client, contacts, requests, canWrite, editing, notice } = loaderData;
  const none = <span className="muted">{t("detail.none")}</span>;
  return (
    <>
      <PageTitle>{client.name}</PageTitle>
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      <h2 className="utrecht-heading-2">{t("detail.details")}</h2>
      <dl>
        <dt>{t("form.sector")}</dt>
        <dd>{t(`sectors.${client.sector}`)}</dd>
        <dt>{t("form.area")}</dt>
        <dd>{client.area ?? none}</dd>
        <dt>{t("detail.address")}</dt>
        <dd>{client.address || none}</dd>
        <dt>{t("detail.notes")}</dt>
        <dd style={{ whiteSpace: "pre-line" }}>{client.notes || none}</dd>
      </dl>
      {canWrite ? (
        <p className="actions">
          <Link className="utrecht-link" to={`/clients/${client.id}/edit`}>
            {t("detail.edit")}
          </Link>
          <Link className="utrecht-link" to={`/requests/new?clientId=${client.id}`}>
            {t("detail.newRequest")}
          </Link>
        </p>
      ) : null}

      <h2 className="utrecht-heading-2">{t("detail.contacts")}</h2>
      {contacts.length === 0 ? (
        <p className="utrecht-paragraph">{t("detail.noContacts")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("detail.contactsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("contact.name")}</th>
                <th scope="col">{t("contact.jobTitle")}</th>
                <th scope="col">{t("contact.email")}</th>
                <th scope="col">{t("contact.phone")}</th>
                <th scope="col">{t("contact.login")}</th>
                {canWrite ? <th scope="col">{t("contact.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{c.jobTitle}</td>
                  <td>{c.email}</td>
                  <td>{c.phone}</td>
                  <td>{c.hasLogin ? t("contact.hasLogin") : t("contact.noLogin")}</td>
                  {canWrite ? (
                    <td>
                      <div className="inline-form">
                        <Link
                          className="utrecht-link"
                          to={`/clients/${client.id}?contact=${c.id}#contact-form`}
                          aria-label={t("contact.editLabel", { name: c.name })}
                        >
                          {t("contact.edit")}
                        </Link>
                        {c.hasLogin ? null : (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="intent" value="giveLogin" />
                            <input type="hidden" name="contactId" value={c.id} />
                            <button
                              type="submit"
                              className="link-button"
                              aria-label={t("contact.giveLoginLabel", { name: c.name })}
                            >
                              {t("contact.giveLogin")}
                            </button>
                          </Form>
                        )}
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="removeContact" />
                          <input type="hidden" name="contactId" value={c.id} />
                          <button
                            type="submit"
                            className="link-button"
                            aria-label={t("contact.removeLabel", { name: c.name })}
                          >
                            {t("contact.remove")}
                          </button>
                        </Form>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite ? (
        <section aria-labelledby="contact-form" className="card">
          <h3 id="contact-form" className="utrecht-heading-3" tabIndex={-1}>
            {editing ? t("contact.editTitle", { name: editing.name }) : t("contact.addTitle")}
          </h3>
          <p className="utrecht-paragraph muted">{t("contact.giveLoginHelp")}</p>
          <Form method="post" className="form" noValidate key={editing?.id ?? "new"}>
            <input type="hidden" name="intent" value={editing ? "updateContact" : "addContact"} />
            {editing ? <input type="hidden" name="contactId" value={editing.id} /> : null}
            <ContactFields state={actionData} defaults={editing ?? {}} />
            <div className="actions">
              <SubmitButton>{editing ? t("contact.save") : t("contact.add")}</SubmitButton>
              {editing ? (
                <Link className="utrecht-link" to={`/clients/${client.id}`}>
                  {t("common:actions.cancel")}
                </Link>
              ) : null}
            </div>
          </Form>
        </section>
      ) : null}

      <h2 className="utrecht-heading-2">{t("detail.requests")}</h2>
      {requests.length === 0 ? (
        <p className="utrecht-paragraph">{t("detail.noRequests")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("detail.requestsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("detail.number")}</th>
                <th scope="col">{t("detail.titleCol")}</th>
                <th scope="col">{t("detail.status")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>{r.number}</td>
                  <td>
                    <Link className="utrecht-link" to={`/requests/${r.id}`}>
                      {r.title}
                    </Link>
                  </td>
                  <td>{t(`requests:statuses.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
