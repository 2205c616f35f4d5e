import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CONTACT_UID_NAMESPACE, contactUid, sha1, uuidV5 } from "../../../src/formats/vcard/uid";

describe("the vCard UID", () => {
  it("computes SHA-1 as Node's crypto does, across block boundaries", () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new TextEncoder().encode("北".repeat(length).slice(0, length));
      expect(Buffer.from(sha1(bytes)).toString("hex")).toBe(createHash("sha1").update(bytes).digest("hex"));
    }
  });

  it("derives RFC 9562 version 5 UUIDs (the DNS namespace's www.example.com test vector)", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("gives each contact id one stable urn:uuid, in this service's own namespace", () => {
    expect(CONTACT_UID_NAMESPACE).toBe(uuidV5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "urn:contact-card:contact"));
    expect(contactUid("beijing-office")).toBe(`urn:uuid:${uuidV5(CONTACT_UID_NAMESPACE, "beijing-office")}`);
    expect(contactUid("beijing-office")).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(contactUid("beijing-office")).not.toBe(contactUid("shanghai-office"));
  });
});
