import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { readForm } from "~/lib/body.server";
import { formatDate, formatTime } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { agendaItem } from "~/modules/assignments/agenda.server";
import { declineInput, declineReasons, withdrawInput, withdrawReasons } from "~/modules/assignments/input";
import { confirmComing } from "~/modules/assignments/reminders.server";
import { acceptOffer, declineOffer } from "~/modules/assignments/respond-to-offer.server";
import { withdrawAssignment } from "~/modules/assignments/withdraw-assignment.server";
import { flushMail } from "~/modules/mail/queue.server";
import { ChoiceGroup, ErrorSummary, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.agenda.$assignmentId._index";

const notices = ["accepted", "declined", "withdrawn", "coming"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const done = notices.find((n) => n === new URL(request.url).searchParams.get("done")) ?? null;
  const item = await scope.run((tx) => agendaItem(tx, scope, uuidParam(params.assignmentId)));
  return { item, done };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const formData = await readForm(request);
  const assignmentId = uuidParam(params.assignmentId);
  const back = (done: (typeof notices)[number]) => redirect(`/agenda/${assignmentId}?done=${done}`);
  try {
    switch (formData.get("intent")) {
      case "accept":
        await scope.run((tx) => acceptOffer(tx, scope, { assignmentId }));
        await flushMail(scope.db);
        return back("accepted");
      case "decline": {
        const parsed = parseForm(formData, declineInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => declineOffer(tx, scope, { assignmentId, ...parsed.value }));
        await flushMail(scope.db);
        return back("declined");
      }
      case "withdraw": {
        const parsed = parseForm(formData, withdrawInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => withdrawAssignment(tx, scope, { assignmentId, ...parsed.value }));
        await flushMail(scope.db);
        return back("withdrawn");
      }
      case "coming":
        await scope.run((tx) => confirmComing(tx, scope, { assignmentId }));
        return back("coming");
      default:
        return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

type Item = Route.ComponentProps["loaderData"]["item"];

function Facts({ item }: { item: Item }) {
  const { t, i18n } = useTranslation("agenda");
  const where = item.online ? t("online") : [item.place, item.areaName].filter(Boolean).join(", ");
  return (
    <dl>
      <dt>{t("forWhom")}</dt>
      <dd>{item.clientName ?? "-"}</dd>
      {item.workFormName ? (
        <>
          <dt>{t("workForm")}</dt>
          <dd>{item.workFormName}</dd>
        </>
      ) : null}
      <dt>{t("where")}</dt>
      <dd>{where || t("noPlace")}</dd>
      <dt>{t("when")}</dt>
      <dd>
        {item.slots.length === 0 ? (
          t("noDate")
        ) : (
          <ul>
            {item.slots.map((s) => (
              <li key={String(s.startsAt)}>
                {t("time", {
                  date: formatDate(s.startsAt, i18n.language),
                  from: formatTime(s.startsAt, i18n.language),
                  to: formatTime(s.endsAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
      {item.description ? (
        <>
          <dt>{t("asked")}</dt>
          <dd style={{ whiteSpace: "pre-line" }}>{item.description}</dd>
        </>
      ) : null}
    </dl>
  );
}

function Answer({ state }: { state: FormState }) {
  const { t } = useTranslation("agenda");
  return (
    <section>
      <h2 className="utrecht-heading-2">{t("answer.heading")}</h2>
      <Form method="post" className="actions">
        <SubmitButton name="intent" value="accept">
          {t("answer.accept")}
        </SubmitButton>
      </Form>
      <h2 className="utrecht-heading-2">{t("answer.declineHeading")}</h2>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="decline" />
        <ChoiceGroup
          name="reason"
          legend={t("answer.reason")}
          type="radio"
          required
          state={state}
          options={declineReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
        />
        <TextArea name="note" label={t("answer.note")} rows={3} state={state} />
        <div className="actions">
          <SubmitButton secondary>{t("answer.decline")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function Withdraw({ state }: { state: FormState }) {
  const { t } = useTranslation("agenda");
  return (
    <section>
      <h2 className="utrecht-heading-2">{t("withdraw.heading")}</h2>
      <p className="utrecht-paragraph">{t("withdraw.intro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="withdraw" />
        <ChoiceGroup
          name="reason"
          legend={t("withdraw.reason")}
          type="radio"
          required
          state={state}
          options={withdrawReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
        />
        <TextArea name="note" label={t("withdraw.note")} rows={3} state={state} />
        <div className="actions">
          <SubmitButton secondary>{t("withdraw.submit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

export default function AgendaItem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("agenda");
  const { item, done } = loaderData;
  const active = (item.status === "accepted" || item.status === "confirmed") && item.group === "upcoming";
  return (
    <div className="page--narrow">
      <PageTitle>{item.title}</PageTitle>
      {done ? (
        <p className="notice" role="status">
          {t(`saved.${done}`)}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      <p className="utrecht-paragraph">
        <strong>{t(`status.${item.status}`)}</strong>
      </p>
      <Facts item={item} />
      {item.status === "offered" ? <Answer state={actionData} /> : null}
      {item.status === "confirmed" ? (
        <p className="actions">
          <a
            className="utrecht-button utrecht-button--secondary-action"
            href={`/agenda/${item.id}/ics`}
            download
          >
            {t("ics")}
          </a>
        </p>
      ) : null}
      {item.status === "confirmed" && item.group === "upcoming" ? (
        item.coming ? (
          <p className="utrecht-paragraph">{t("coming.done")}</p>
        ) : (
          <Form method="post" className="actions">
            <span>{t("coming.question")}</span>
            <SubmitButton name="intent" value="coming">
              {t("coming.button")}
            </SubmitButton>
          </Form>
        )
      ) : null}
      {item.canLogHours ? (
        <p className="actions">
          <Link className="utrecht-button utrecht-button--primary-action" to={`/agenda/${item.id}/hours`}>
            {t("hoursLink")}
          </Link>
        </p>
      ) : null}
      {active ? <Withdraw state={actionData} /> : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/agenda">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
