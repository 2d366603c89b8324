import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { logInput, meetingInput, removeMeetingInput, stopInput } from "~/modules/tandems/input";
import { addLogLine } from "~/modules/tandems/log.server";
import { addMeeting, removeMeeting } from "~/modules/tandems/meetings.server";
import { tandemDetail } from "~/modules/tandems/queries.server";
import { moveTandem } from "~/modules/tandems/save-tandem.server";
import { ErrorSummary } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { EvaluationsPart } from "./+tandems/evaluations";
import { LogPart } from "./+tandems/log";
import { MeetingsPart } from "./+tandems/meetings";
import { StatusPart } from "./+tandems/status";
import { type TandemData, tandemTone } from "./+tandems/types";
import type { Route } from "./+types/_app.tandems.$tandemId._index";

export const handle: RouteHandle = { i18n: ["tandems"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const tandemId = uuidParam(params.tandemId);
  return scope.run((tx) => tandemDetail(tx, scope, tandemId, todayIso()));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const tandemId = uuidParam(params.tandemId);
  const page = `/tandems/${tandemId}`;
  return runIntents(request, {
    start: intent({
      run: () => scope.run((tx) => moveTandem(tx, scope, { tandemId, to: "start" })),
      done: () => redirectWithNotice(`${page}#status`, "tandemStarted"),
    }),
    end: intent({
      run: () => scope.run((tx) => moveTandem(tx, scope, { tandemId, to: "end" })),
      done: () => redirectWithNotice(`${page}#status`, "tandemEnded"),
    }),
    stop: intent({
      schema: stopInput,
      run: (value) => scope.run((tx) => moveTandem(tx, scope, { ...value, tandemId, to: "stop" })),
      done: () => redirectWithNotice(`${page}#status`, "tandemStopped"),
    }),
    meeting: intent({
      schema: meetingInput,
      run: (value) => scope.run((tx) => addMeeting(tx, scope, { ...value, tandemId })),
      done: () => redirectWithNotice(`${page}#meetings`, "tandemMeeting"),
    }),
    removeMeeting: intent({
      schema: removeMeetingInput,
      run: (value) => scope.run((tx) => removeMeeting(tx, scope, { ...value, tandemId })),
      done: () => redirectWithNotice(`${page}#meetings`, "tandemMeetingRemoved"),
    }),
    log: intent({
      schema: logInput,
      run: (value) => scope.run((tx) => addLogLine(tx, scope, { ...value, tandemId })),
      done: () => redirectWithNotice(`${page}#log`, "tandemLog"),
    }),
  });
}

function Details({ data }: { data: TandemData }) {
  const { t, i18n } = useTranslation("tandems");
  const tandem = data.tandem;
  const date = (d: string) => formatDate(d, i18n.language);
  const none = <span className="muted">{t("detail.none")}</span>;
  return (
    <Section title={t("detail.facts")} id="facts">
      <Facts
        items={[
          {
            label: t("detail.client"),
            value: (
              <Link className="utrecht-link" to={`/clients/${tandem.clientId}`}>
                {tandem.client}
              </Link>
            ),
          },
          {
            label: t("detail.expert"),
            value: (
              <Link className="utrecht-link" to={`/pool/${tandem.expertId}`}>
                {tandem.expert}
              </Link>
            ),
          },
          {
            label: t("detail.professional"),
            value: (
              <>
                {tandem.professionalRole
                  ? t("detail.professionalText", { name: tandem.professional, role: tandem.professionalRole })
                  : tandem.professional}
                {tandem.professionalEmail ? (
                  <>
                    {" · "}
                    <a className="utrecht-link" href={`mailto:${tandem.professionalEmail}`}>
                      {tandem.professionalEmail}
                    </a>
                  </>
                ) : null}
                <br />
                <span className="muted">
                  {tandem.professionalHasLogin ? t("detail.login") : t("detail.noLogin")}
                </span>
              </>
            ),
          },
          { label: t("detail.purpose"), value: <span className="pre-line">{tandem.purpose}</span> },
          {
            label: t("detail.period"),
            value: t("list.periodText", { start: date(tandem.startsOn), end: date(tandem.endsOn) }),
          },
          {
            label: t("detail.status"),
            value: (
              <StatusBadge tone={tandemTone(tandem.status)}>{t(`statuses.${tandem.status}`)}</StatusBadge>
            ),
          },
          ...(tandem.status === "stopped"
            ? [{ label: t("detail.stopReason"), value: tandem.stopReason || none }]
            : []),
        ]}
      />
    </Section>
  );
}

export default function Tandem({ loaderData: data, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("tandems");
  const edit = (
    <Link className="utrecht-button utrecht-button--secondary-action" to={`/tandems/${data.tandem.id}/edit`}>
      {t("detail.edit")}
    </Link>
  );
  return (
    <>
      <PageHeading
        title={t("list.pairText", { expert: data.tandem.expert, professional: data.tandem.professional })}
        lead={data.tandem.client}
        back={{ to: "/tandems", label: t("detail.back") }}
        actions={edit}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Details data={data} />
      <StatusPart data={data} state={actionData} />
      <MeetingsPart data={data} state={actionData} />
      <LogPart log={data.log} open={data.open} state={actionData} intro={t("log.intro")} />
      <EvaluationsPart data={data} />
    </>
  );
}
