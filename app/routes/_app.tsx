import { Outlet } from "react-router";
import { navigationFor } from "~/modules/accounts/navigation";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { Shell } from "~/ui/shell";
import type { Route } from "./+types/_app";

/** The frame for signed-in pages. Each child route still runs its own guard. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return {
    name: viewer.name,
    centreName: viewer.centreName,
    role: viewer.role,
    nav: navigationFor(viewer.role),
  };
}

export default function AppLayout({ loaderData }: Route.ComponentProps) {
  return (
    <Shell nav={loaderData.nav} userName={loaderData.name} centreName={loaderData.centreName}>
      <Outlet />
    </Shell>
  );
}
