/**
 * @module The requests the bench puts under load, the ones people make most: the card
 * download, one contact as JSON and as JSContact, a search. Each is checked to be served
 * (status and media type) before it is measured, so a route still being written shows as
 * "not yet served" instead of timing a 404. The answer is kept as a `Snapshot`, which the
 * baselines send back as a constant.
 */
import { contactPaths, DIRECTORY_PATHS } from "../../model/urls";

/** One request of the bench. */
export interface HotRoute {
  /** What the table calls it. */
  readonly name: string;
  /** Path and query. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The media type a served answer has (the start of its Content-Type). */
  readonly mediaType: string;
}

/** The hot routes for a directory whose primary contact is `primaryId`. */
export function hotRoutes(primaryId: string): HotRoute[] {
  const api = contactPaths(primaryId).api;
  return [
    {
      name: `GET ${DIRECTORY_PATHS.primaryVcard}`,
      path: DIRECTORY_PATHS.primaryVcard,
      headers: {},
      mediaType: "text/vcard",
    },
    {
      name: `GET ${api} as JSON`,
      path: api,
      headers: { Accept: "application/json" },
      mediaType: "application/json",
    },
    {
      name: `GET ${api} as JSContact`,
      path: api,
      headers: { Accept: "application/jscontact+json" },
      mediaType: "application/jscontact+json",
    },
    {
      name: `GET ${DIRECTORY_PATHS.api}?q=beijing`,
      path: `${DIRECTORY_PATHS.api}?q=beijing`,
      headers: { Accept: "application/json" },
      mediaType: "application/json",
    },
  ];
}

/** A response as bytes: what a constant baseline sends back. */
export interface Snapshot {
  readonly status: number;
  /** Every header but those the runtime sets itself (length, date). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

// Set by the runtime for any body: a baseline that copied them would send them twice.
const RUNTIME_HEADERS = new Set(["content-length", "date", "transfer-encoding", "connection", "keep-alive"]);

/** Reads `res` into a snapshot. */
export async function snapshotOf(res: Response): Promise<Snapshot> {
  const headers = [...res.headers].filter(([name]) => !RUNTIME_HEADERS.has(name.toLowerCase()));
  return { status: res.status, headers, body: new Uint8Array(await res.arrayBuffer()) };
}

/** Why `snapshot` is not the route served, or undefined when it is. */
export function notServed(route: HotRoute, snapshot: Snapshot): string | undefined {
  const header = (wanted: string) => snapshot.headers.find(([name]) => name.toLowerCase() === wanted)?.[1];
  // A body read back decoded must not be sent again as encoded: a baseline would compress it.
  if (header("content-encoding") !== undefined) throw new Error(`${route.name} was read compressed: ask for identity`);
  const type = header("content-type") ?? "";
  if (snapshot.status === 200 && type.toLowerCase().startsWith(route.mediaType)) return undefined;
  return `not yet served (${snapshot.status} ${type || "no Content-Type"})`;
}
