import { describe, expect, it } from "vitest";
import { readForm } from "./body.server";
import { AppError } from "./errors";

const post = (body: BodyInit | null, type?: string) =>
  new Request("http://t/login", {
    method: "POST",
    body,
    headers: type ? { "content-type": type } : {},
  });

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.init.status;
    throw error;
  }
}

describe("readForm", () => {
  it("reads an ordinary form", async () => {
    const form = await readForm(post("email=a%40b.nl&next=%2Fstart", "application/x-www-form-urlencoded"));
    expect(form.get("next")).toBe("/start");
  });

  it("reads multipart with its boundary", async () => {
    const data = new FormData();
    data.set("intent", "x");
    const request = new Request("http://t/", { method: "POST", body: data });
    expect((await readForm(request)).get("intent")).toBe("x");
  });

  it("answers 400 to JSON, multipart without or with a wrong boundary", async () => {
    expect(await statusOf(readForm(post('{"email":"x"}', "application/json")))).toBe(400);
    expect(await statusOf(readForm(post("--x\r\n", "multipart/form-data")))).toBe(400);
    const body = '--right\r\ncontent-disposition: form-data; name="a"\r\n\r\n1\r\n--right--\r\n';
    expect(await statusOf(readForm(post(body, "multipart/form-data; boundary=wrong")))).toBe(400);
  });

  it("answers 413 to a 10 MB body, also without a length", async () => {
    const big = `a=${"x".repeat(10 * 1024 * 1024)}`;
    expect(await statusOf(readForm(post(big, "application/x-www-form-urlencoded")))).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 11; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(97));
        controller.close();
      },
    });
    const chunked = new Request("http://t/", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    expect(await statusOf(readForm(chunked))).toBe(413);
  });
});
