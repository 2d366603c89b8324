/** Which editable list: lived-experience themes or forms of work. */

/** Which editable list: lived-experience themes or forms of work. */
export const listKinds = ["theme", "workForm"] as const;

export type ListKind = (typeof listKinds)[number];
