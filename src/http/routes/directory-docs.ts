/**
 * @module The OpenAPI entries of the directory routes (`GET /v1/contacts`, `GET
 * /v1/directory.vcf`, `GET /contacts`), from the constants and schemas the routes use: the
 * query parser's limits, the data's kinds and tag pattern, the summary schema.
 */
import * as z from "zod/mini";
import { DirectoryPageSchema } from "../../formats/summary";
import { VCARD_VERSIONS } from "../../formats/vcard";
import { CONTACT_KINDS, ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import { CURSOR_MAX_LENGTH } from "../../search/cursor";
import { LIMIT, QUERY_MAX_LENGTH } from "../directory-query";
import { InvalidParamsProblemSchema, problemContent, problemDoc } from "../openapi/problem-doc";
import { component, type ParameterDoc, type RouteDoc } from "../openapi/route-doc";

const FILTERS: readonly ParameterDoc[] = [
  {
    name: "q",
    in: "query",
    description:
      "Text to find in English, Chinese or pinyin: names, organisation, department, title, tags, address, postcode, phone digits. Case, tones, accents, full-width forms and spaces do not matter; every word must match. Empty means everything.",
    schema: z.string().check(z.maxLength(QUERY_MAX_LENGTH)),
    example: "caoyuan hutong",
  },
  {
    name: "kind",
    in: "query",
    description: "Only contacts of this kind.",
    schema: z.enum(CONTACT_KINDS),
    example: "office",
  },
  {
    name: "tag",
    in: "query",
    description: "Only contacts with this tag.",
    schema: z.string().check(z.regex(ID_PATTERN), z.maxLength(ID_MAX_LENGTH)),
    example: "beijing",
  },
];

const PAGING: readonly ParameterDoc[] = [
  {
    name: "limit",
    in: "query",
    description: `Contacts a page, ${LIMIT.min} to ${LIMIT.max} (default ${LIMIT.default}).`,
    schema: z.int().check(z.gte(LIMIT.min), z.lte(LIMIT.max)),
    example: LIMIT.default,
  },
  {
    name: "cursor",
    in: "query",
    description:
      "The `next` of the previous page, as it is, with the same q, kind and tag. A cursor from before the data changed, for another search, or not issued by this service is a 400.",
    schema: z.string().check(z.maxLength(CURSOR_MAX_LENGTH), z.regex(/^[A-Za-z0-9_-]+$/)),
  },
];

const INVALID = problemDoc(
  "A wrong parameter, each one named in invalid-params with what was expected.",
  InvalidParamsProblemSchema,
);

/** The directory routes' entries for `GET /openapi.json`. */
export const directoryDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: DIRECTORY_PATHS.api,
    operationId: "listContacts",
    summary: "Search and list the directory, a page at a time",
    description:
      "Best matches first (a name equal to q, then names starting with it, then matches in a name, then elsewhere), then organisations, offices and people by name. " +
      "The order is stable, and following `next` from the first page visits every match exactly once.",
    tags: ["directory"],
    parameters: [...FILTERS, ...PAGING],
    responses: {
      "200": {
        description: "A page of contact summaries.",
        headers: {
          Link: { description: 'The next page (RFC 8288, rel="next"), absent on the last page.', schema: z.string() },
        },
        content: { "application/json": { schema: component("DirectoryPage", DirectoryPageSchema) } },
      },
      "400": INVALID,
    },
  },
  {
    method: "get",
    route: DIRECTORY_PATHS.vcard,
    operationId: "exportDirectoryVCard",
    summary: "Every matching contact as one vCard file",
    description: "The cards of every contact the same q, kind and tag find, sorted by id, streamed one card at a time.",
    tags: ["directory", "vcard"],
    parameters: [
      ...FILTERS,
      {
        name: "version",
        in: "query",
        description: "The vCard version: 3.0 (the default, imported by every phone) or 4.0.",
        schema: z.enum(VCARD_VERSIONS),
        example: "3.0",
      },
    ],
    responses: {
      "200": {
        description: "The cards, one after another (RFC 6350 §3.3).",
        headers: {
          "Content-Disposition": {
            description: "attachment, named directory.vcf (RFC 6266).",
            schema: z.string(),
            required: true,
          },
        },
        content: { "text/vcard": { schema: z.string().check(z.regex(/^BEGIN:VCARD\r\n/)) } },
      },
      "400": problemDoc(
        "A wrong parameter (limit and cursor do not apply here), each one named in invalid-params.",
        InvalidParamsProblemSchema,
      ),
      "404": problemDoc("No contact matches: a vCard file must hold one card at least."),
    },
  },
  {
    method: "get",
    route: DIRECTORY_PATHS.page,
    operationId: "directoryPage",
    summary: "The directory as a web page with a search form",
    description:
      "The same search as GET /v1/contacts, for people: a form that works without JavaScript, results linking each contact's page, and Next page links.",
    tags: ["directory", "pages"],
    parameters: [...FILTERS, ...PAGING],
    responses: {
      "200": { description: "The page.", content: { "text/html": {} } },
      "400": {
        description:
          "A wrong parameter: for a browser (Accept: text/html), the page again with what to correct; otherwise problem details.",
        content: { "text/html": {}, ...problemContent(InvalidParamsProblemSchema) },
      },
    },
  },
];
