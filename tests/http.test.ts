/**
 * The JSON fast path (src/http/graphql-fast-path.ts) must answer exactly as Yoga does. A request with an
 * Origin header always goes through Yoga, so each case is sent both ways and the answers compared.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedMediaType } from "../src/http/graphql-fast-path.js";
import { ADMIN_KEY, PROVIDERS, startTestServer, type TestServer } from "./helpers/server.js";

describe("accept negotiation mirrors Yoga's", () => {
  it("picks the media type Yoga would, or leaves the request to Yoga", () => {
    expect(acceptedMediaType(undefined)).toBe("application/json");
    expect(acceptedMediaType("*/*")).toBe("application/json");
    expect(acceptedMediaType("application/json")).toBe("application/json");
    expect(acceptedMediaType("application/graphql-response+json, application/json")).toBe(
      "application/graphql-response+json",
    );
    expect(acceptedMediaType("application/json, application/graphql-response+json")).toBe("application/json");
    expect(acceptedMediaType("text/event-stream")).toBeNull();
    expect(acceptedMediaType("multipart/mixed")).toBeNull();
    expect(acceptedMediaType("application/json; charset=latin1")).toBeNull();
  });
});

describe.each(PROVIDERS)("the fast path answers as Yoga does on %s", (provider) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(provider);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function both(body: string, headers: Record<string, string> = {}) {
    const send = async (extra: Record<string, string>) => {
      const res = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_KEY}`, ...headers, ...extra },
        body,
      });
      const text = await res.text();
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        body: text.replace(/"errorId":"[^"]+"/g, ""),
      };
    };
    const fast = await send({});
    const yoga = await send({ origin: "http://localhost" });
    return { fast, yoga };
  }

  const cases: [string, string, Record<string, string>?][] = [
    ["a query", JSON.stringify({ query: "{ __typename agents { name } }" })],
    ["a validation error", JSON.stringify({ query: "{ nope }" })],
    ["a bad variable", JSON.stringify({ query: "query($n: Int!) { agents { name } }", variables: { n: "x" } })],
    ["a service error", JSON.stringify({ query: `mutation { deleteAgent(id: "agent_missing") }` })],
    ["a bad id", JSON.stringify({ query: `{ task(id: "nope") { id } }` })],
    ["no key", JSON.stringify({ query: "{ agents { name } }" }), { authorization: "" }],
    ["a wrong key", JSON.stringify({ query: "{ agents { name } }" }), { authorization: "Bearer mc_key_nope" }],
    ["malformed JSON", "{ query: ", {}],
    ["a batch", JSON.stringify([{ query: "{ __typename }" }])],
    ["no query", JSON.stringify({ variables: {} })],
    ["a parse error", JSON.stringify({ query: "{ agents { " })],
    ["the spec's media type", JSON.stringify({ query: "{ nope }" }), { accept: "application/graphql-response+json" }],
  ];
  for (const [name, body, headers] of cases) {
    it(`answers ${name} the same`, async () => {
      const { fast, yoga } = await both(body, headers);
      expect(fast).toEqual(yoga);
    });
  }
});
