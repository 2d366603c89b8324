import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  buildDirectory: process.env.BUILD_DIR ?? "build",
  future: {
    // Loaders and actions get the request as it came (no copy per loader), so the layout's and the
    // page's guard share one session lookup (viewer.server.ts). A loader reads its address from the
    // `url` argument: `request.url` of a client navigation ends in `.data` and carries `_routes`.
    v8_passThroughRequests: true,
  },
} satisfies Config;
