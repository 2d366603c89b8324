import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.start";

/** The start page for staff: what needs action today. Experts start at their agenda, client contacts at their requests. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  if (viewer.role === "expert") throw redirect("/agenda");
  if (viewer.role === "client_contact") throw redirect("/my-requests");
  return { role: viewer.role, name: viewer.name };
}

export default function Start({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("nav.start")}</PageTitle>
      <p className="utrecht-paragraph">
        {loaderData.name} · {t(`roles.${loaderData.role}`)}
      </p>
    </>
  );
}
