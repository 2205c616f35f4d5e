/** The methods each path answers, read from registered routes (405 Allow, OPTIONS, preflights). */
import { describe, expect, it } from "vitest";
import { createRouteTable } from "../../../src/http/route-table";

const table = createRouteTable([
  { method: "ALL", path: "*" },
  { method: "GET", path: "/v1/contacts/:file{[a-z0-9]+(?:-[a-z0-9]+)*\\.vcf}" },
  { method: "GET", path: "/v1/contacts/:id{[a-z0-9]+(?:-[a-z0-9]+)*}" },
  { method: "POST", path: "/v1/validate" },
  { method: "GET", path: "/" },
]);

describe("createRouteTable", () => {
  it("lists GET with HEAD and OPTIONS for a read-only path", () => {
    expect(table.allowedMethods("/v1/contacts/beijing-office")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(table.allowedMethods("/v1/contacts/beijing-office.vcf")).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("lists POST and OPTIONS for a path that only takes POST", () => {
    expect(table.allowedMethods("/v1/validate")).toEqual(["POST", "OPTIONS"]);
  });

  it("lists nothing for a path no route has, middleware notwithstanding", () => {
    expect(table.allowedMethods("/v1/contacts/Beijing_Office")).toEqual([]);
    expect(table.allowedMethods("/v1/contacts/a.json")).toEqual([]);
    expect(table.allowedMethods("/nothing")).toEqual([]);
  });

  it("matches a parameter to the end of its segment only", () => {
    expect(table.allowedMethods("/v1/contacts/beijing-office/more")).toEqual([]);
  });
});
