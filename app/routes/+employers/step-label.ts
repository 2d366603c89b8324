import type { TFunction } from "i18next";

/** A checklist step's name in the reader's language: Tandem's own steps by key, the centre's as typed. */
export function stepLabel(t: TFunction<"employers">, step: { key: string | null; label: string }): string {
  return step.key ? t(`checklist.keys.${step.key}`, { defaultValue: step.label }) : step.label;
}
