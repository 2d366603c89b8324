import { describe, expect, it } from "vitest";
import { foreignKeyOrder } from "./format";

describe("foreignKeyOrder", () => {
  it("puts parents before children, whatever the input order", () => {
    const order = foreignKeyOrder(
      ["assignments", "requests", "centres", "experts", "user"],
      [
        { child: "assignments", parent: "requests" },
        { child: "assignments", parent: "experts" },
        { child: "requests", parent: "centres" },
        { child: "experts", parent: "centres" },
        { child: "experts", parent: "user" },
        { child: "experts", parent: "experts" },
      ],
    );
    expect(order.indexOf("centres")).toBeLessThan(order.indexOf("requests"));
    expect(order.indexOf("user")).toBeLessThan(order.indexOf("experts"));
    expect(order.at(-1)).toBe("assignments");
  });

  it("refuses a cycle instead of writing a backup that cannot be restored", () => {
    expect(() =>
      foreignKeyOrder(
        ["a", "b"],
        [
          { child: "a", parent: "b" },
          { child: "b", parent: "a" },
        ],
      ),
    ).toThrow(/cycle/);
  });
});
