/**
 * @module Parameters several routes share, documented once: the contact id of every
 * `/v1/contacts/{id}…` path.
 */
import * as z from "zod/mini";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import type { ParameterDoc } from "./route-doc";

/** `{id}` in a path: the data's id pattern and length, with the shipped office as example. */
export const CONTACT_ID_PARAMETER: ParameterDoc = {
  name: "id",
  in: "path",
  description: "The contact's id.",
  schema: z.string().check(z.regex(ID_PATTERN), z.maxLength(ID_MAX_LENGTH)),
  example: "beijing-office",
};
