import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  buildDirectory: process.env.BUILD_DIR ?? "build",
  // The whole route manifest as one cached script instead of a partial manifest in every page, which
  // React Router builds by matching the routes again on each render (docs/decisions/007-signed-in-requests.md).
  routeDiscovery: { mode: "initial" },
  future: {
    // Loaders and actions get the request as it came (no copy per loader), so the layout's and the
    // page's guard share one session lookup (viewer.server.ts). A loader reads its address from the
    // `url` argument: `request.url` of a client navigation ends in `.data` and carries `_routes`.
    v8_passThroughRequests: true,
  },
} satisfies Config;
