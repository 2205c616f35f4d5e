/**
 * @module The OpenAPI entries of ./qr.ts: read by the build that writes `/openapi.json`
 * (src/cli/build-data.ts, with the data) and by the tests, never by the worker, so that neither these
 * schemas nor their conversion to JSON Schema weigh on it.
 */
import * as z from "zod/mini";
import { QR_CONTENTS } from "../../formats/qr-card";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import { InvalidParamsProblemSchema, problemDoc } from "../openapi/problem-doc";
import type { RouteDoc } from "../openapi/route-doc";
import { QR_ROUTE } from "./qr";

/** The OpenAPI entry of the route. */
export const qrDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: QR_ROUTE,
    operationId: "getContactQrCode",
    summary: "A QR code of the contact's card, as SVG",
    description:
      "By default the code holds the contact's vCard 3.0 without synchronisation fields (PRODID, UID, REV) and address labels, so that a phone's camera offers to save the contact; " +
      "`content=url` holds the URL of the card's download instead (a smaller code). A card too long for a code phones scan (past version 25) gives way to the URL, and Content-Location then names `?content=url`. " +
      "Error correction level M or higher, 4-module quiet zone.",
    tags: ["contacts"],
    parameters: [
      {
        name: "id",
        in: "path",
        description: "The contact's id.",
        schema: z.string().check(z.regex(ID_PATTERN), z.maxLength(ID_MAX_LENGTH)),
        example: "beijing-office",
      },
      {
        name: "content",
        in: "query",
        description: "What the code holds: the card (vcard, the default) or its download URL (url).",
        schema: z.enum(QR_CONTENTS),
        example: "url",
      },
    ],
    responses: {
      "200": {
        description: "The QR code.",
        headers: {
          "Content-Location": {
            description: "`?content=url` when the card was too long and the code holds its URL instead.",
            schema: z.string(),
          },
        },
        content: { "image/svg+xml": { schema: z.string().check(z.regex(/^<svg /)) } },
      },
      "400": problemDoc("A wrong content parameter, named in invalid-params.", InvalidParamsProblemSchema),
      "404": problemDoc("No contact has this id; the problem names it (id)."),
    },
  },
];
