/**
 * @module One page of the directory as clients ask for it: a filter, a limit and an opaque
 * cursor in, the contacts and the next cursor out. Joins the store (positions) and the cursor
 * codec (binding to version and query), so every route pages the same way.
 */
import type { Contact } from "../model/contact";
import type { ContactStore } from "../store/contact-store";
import { decodeCursor, encodeCursor, filterKey, type CursorError } from "./cursor";
import type { DirectoryFilter } from "./find";

/** What a client asks for. */
export interface DirectoryPageRequest {
  readonly filter: DirectoryFilter;
  readonly limit: number;
  /** The `next` cursor of the previous page; absent for the first page. */
  readonly cursor?: string;
}

/** Why a cursor was refused: the codec's reasons, or a position the store does not know. */
export type CursorRefusal = CursorError | "position";

/** A page and the cursor of the next one (absent on the last page), or why the cursor was refused. */
export type DirectoryPageResult =
  | { readonly ok: true; readonly contacts: readonly Contact[]; readonly next?: string }
  | { readonly ok: false; readonly reason: CursorRefusal };

/** Reads one page of `store`. */
export async function readDirectoryPage(
  store: ContactStore,
  request: DirectoryPageRequest,
): Promise<DirectoryPageResult> {
  const version = await store.version();
  const filter = filterKey(request.filter);
  let position: string | undefined;
  if (request.cursor !== undefined) {
    const decoded = decodeCursor(request.cursor, { version, filter });
    if (!decoded.ok) return decoded;
    position = decoded.position;
  }
  const page = await store.list({
    ...request.filter,
    limit: request.limit,
    ...(position !== undefined ? { position } : {}),
  });
  if (!page.ok) return page;
  const next = page.next === undefined ? undefined : encodeCursor({ version, filter, position: page.next });
  return next === undefined ? { ok: true, contacts: page.contacts } : { ok: true, contacts: page.contacts, next };
}
