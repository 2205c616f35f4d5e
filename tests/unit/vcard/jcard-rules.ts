/**
 * The structural rules of RFC 7095 that a jCard must follow, checked as a list of broken
 * rules (empty when the jCard conforms): `["vcard", properties]`, each property
 * `[name, parameters, type, value, …]` with lower-case names (§3.3, §3.4), parameter values
 * that are strings or arrays of strings (§3.4.2), no VALUE parameter (§3.4.1), a value type
 * from §3.5's list, and values of that type's shape.
 */

/** RFC 7095 §3.5 and §5: the value types a jCard may name. */
export const JCARD_VALUE_TYPES = [
  "text",
  "uri",
  "date",
  "time",
  "date-time",
  "date-and-or-time",
  "timestamp",
  "boolean",
  "integer",
  "float",
  "utc-offset",
  "language-tag",
  "unknown",
];

const isString = (v: unknown): v is string => typeof v === "string";
// RFC 7095 §3.5: dates and times in ISO 8601's extended format.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}(?::\d{2})?)$/;

/** Every RFC 7095 rule `jcard` breaks, as "path: rule". */
export function jCardViolations(jcard: unknown): string[] {
  const broken: string[] = [];
  if (!Array.isArray(jcard) || jcard.length !== 2 || jcard[0] !== "vcard" || !Array.isArray(jcard[1]))
    return ['$: expected ["vcard", [properties]]'];
  const properties = jcard[1] as unknown[];
  if (!properties.some((p) => Array.isArray(p) && p[0] === "version" && p[3] === "4.0"))
    broken.push("$: no version 4.0 property");
  properties.forEach((p, i) => {
    const at = `$[1][${i}]`;
    if (!Array.isArray(p) || p.length < 4) return void broken.push(`${at}: expected [name, params, type, value, …]`);
    const [name, params, type, ...values] = p as unknown[];
    if (!isString(name) || !/^[a-z][a-z0-9-]*$/.test(name))
      broken.push(`${at}[0]: property name ${JSON.stringify(name)} is not lower case`);
    if (typeof params !== "object" || params === null || Array.isArray(params))
      broken.push(`${at}[1]: parameters must be an object`);
    else {
      for (const [key, value] of Object.entries(params)) {
        if (!/^[a-z][a-z0-9-]*$/.test(key)) broken.push(`${at}[1].${key}: parameter name is not lower case`);
        if (key === "value")
          broken.push(`${at}[1].value: the value type goes in the third element, not a VALUE parameter`);
        if (!isString(value) && !(Array.isArray(value) && value.length > 1 && value.every(isString)))
          broken.push(`${at}[1].${key}: expected a string or an array of several strings`);
      }
    }
    if (!isString(type) || !JCARD_VALUE_TYPES.includes(type))
      return void broken.push(`${at}[2]: unknown value type ${JSON.stringify(type)}`);
    values.forEach((value, j) => {
      const where = `${at}[${3 + j}]`;
      if (type === "text" && Array.isArray(value)) {
        if (!value.every((c) => isString(c) || (Array.isArray(c) && c.every(isString))))
          broken.push(`${where}: structured components must be strings or arrays of strings`);
      } else if (!isString(value)) broken.push(`${where}: expected a string for type ${type}`);
      else if (type === "timestamp" && !TIMESTAMP.test(value))
        broken.push(`${where}: ${value} is not an extended-format timestamp`);
    });
  });
  return broken;
}
