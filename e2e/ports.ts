/**
 * Local ports and folders for the journeys. E2E_PORT_BASE moves them all, so two runs can happen
 * side by side (e.g. `E2E_PORT_BASE=4100 BUILD_DIR=build-4100`).
 */
const base = Number(process.env.E2E_PORT_BASE ?? 3900);

export const E2E = {
  appPort: base + 1,
  freshPort: base + 2,
  smtpPort: base + 25,
  runDir: `e2e/.run/${base}`,
  mailDir: `e2e/.run/${base}/mail`,
} as const;
