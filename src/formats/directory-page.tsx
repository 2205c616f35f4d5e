/**
 * @module The directory page (`/contacts`): a search form that works without JavaScript
 * (GET, so every result page has a URL to share), the results with links to each contact's
 * page, and links to the next page. Bilingual, every value escaped by hono/jsx. Pure.
 */
import type { Child } from "hono/jsx";
import type { Contact, ContactKind, Localized } from "../model/contact";
import { CONTACT_KINDS } from "../model/schema";
import { contactPaths, DIRECTORY_PATHS } from "../model/urls";
import type { DirectoryFilter } from "../search/find";

/** A wrong form field, shown above the form. */
export interface FieldError {
  readonly name: string;
  readonly reason: string;
}

/** What the page shows. */
export interface DirectoryPageProps {
  /** What the form is filled with: the search that produced `contacts`. */
  readonly filter: DirectoryFilter;
  readonly contacts: readonly Contact[];
  /** The next page's URL (path and query), absent on the last page. */
  readonly next?: string;
  /** True when this is not the first page. */
  readonly paged?: boolean;
  /** Why the request could not be answered; the form stays, to correct it. */
  readonly errors?: readonly FieldError[];
}

const KIND_NAMES: Record<ContactKind, Localized> = {
  organisation: { en: "Organisation", "zh-Hans": "机构" },
  office: { en: "Office", "zh-Hans": "办公室" },
  person: { en: "Person", "zh-Hans": "人员" },
};

/** English, then Chinese marked as such so screen readers switch voice. */
function Bilingual({ text }: { text: Localized }) {
  const zh = text["zh-Hans"];
  return (
    <>
      <span lang="en">{text.en}</span>
      {zh ? (
        <>
          {" "}
          <span lang="zh-Hans">{zh}</span>
        </>
      ) : null}
    </>
  );
}

/** What identifies a contact besides its name: job and organisation, or city. */
function details(contact: Contact): Localized[] {
  const out: Localized[] = [];
  for (const text of [contact.title, contact.department, contact.organisation]) if (text) out.push(text);
  const city = contact.address?.parts;
  if (city?.en.locality)
    out.push({ en: city.en.locality, ...(city["zh-Hans"]?.locality ? { "zh-Hans": city["zh-Hans"].locality } : {}) });
  return out;
}

function Result({ contact }: { contact: Contact }) {
  return (
    <li>
      <a href={contactPaths(contact.id).page}>
        <Bilingual text={contact.name} />
      </a>{" "}
      <small>
        (<Bilingual text={KIND_NAMES[contact.kind]} />)
      </small>
      {details(contact).length > 0 ? (
        <p>
          {details(contact).map((text, i) => (
            <>
              {i > 0 ? " · " : ""}
              <Bilingual text={text} />
            </>
          ))}
        </p>
      ) : null}
      {contact.tags.length > 0 ? (
        <p>
          {contact.tags.map((tag, i) => (
            <>
              {i > 0 ? " " : ""}
              <a href={`${DIRECTORY_PATHS.page}?tag=${encodeURIComponent(tag)}`}>#{tag}</a>
            </>
          ))}
        </p>
      ) : null}
    </li>
  );
}

/** The search form, filled with the current search. */
function SearchForm({ filter }: { filter: DirectoryFilter }) {
  return (
    <form method="get" action={DIRECTORY_PATHS.page} role="search">
      <label for="q">
        Search names, places, departments <span lang="zh-Hans">搜索姓名、地点、部门</span>
      </label>{" "}
      <input id="q" name="q" type="search" value={filter.text ?? ""} maxlength={200} autocomplete="off" />{" "}
      <label for="kind">
        Kind <span lang="zh-Hans">类别</span>
      </label>{" "}
      <select id="kind" name="kind">
        <option value="" selected={!filter.kind}>
          All 全部
        </option>
        {CONTACT_KINDS.map((kind) => (
          <option value={kind} selected={filter.kind === kind}>
            {KIND_NAMES[kind].en} {KIND_NAMES[kind]["zh-Hans"]}
          </option>
        ))}
      </select>
      {filter.tag ? <input type="hidden" name="tag" value={filter.tag} /> : null}{" "}
      <button type="submit">
        Search <span lang="zh-Hans">搜索</span>
      </button>
    </form>
  );
}

/** The page's main content: form, errors or results, and paging links. */
export function DirectoryPage(props: DirectoryPageProps): Child {
  const { filter, contacts, next, paged, errors } = props;
  return (
    <main>
      <h1>
        Directory <span lang="zh-Hans">通讯录</span>
      </h1>
      <SearchForm filter={filter} />
      {filter.tag ? (
        <p>
          Tag <span lang="zh-Hans">标签</span>: #{filter.tag} <a href={DIRECTORY_PATHS.page}>(show all 显示全部)</a>
        </p>
      ) : null}
      {errors && errors.length > 0 ? (
        <div role="alert">
          <p>
            Please correct the search <span lang="zh-Hans">请修改搜索条件</span>:
          </p>
          <ul>
            {errors.map((e) => (
              <li>
                {e.name}: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : contacts.length === 0 ? (
        <p>
          No contact matches. <span lang="zh-Hans">没有找到联系人。</span>
        </p>
      ) : (
        <ol>
          {contacts.map((contact) => (
            <Result contact={contact} />
          ))}
        </ol>
      )}
      <nav aria-label="Pages">
        {paged ? <a href={firstPage(filter)}>First page 第一页</a> : null}
        {paged && next ? " · " : null}
        {next ? (
          <a href={next} rel="next">
            Next page 下一页
          </a>
        ) : null}
      </nav>
    </main>
  );
}

/** The URL of the first page of a search. */
export function firstPage(filter: DirectoryFilter): string {
  const params = new URLSearchParams();
  if (filter.text) params.set("q", filter.text);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.tag) params.set("tag", filter.tag);
  const query = params.toString();
  return query ? `${DIRECTORY_PATHS.page}?${query}` : DIRECTORY_PATHS.page;
}

/**
 * The whole HTML document of the directory page. A plain shell until the shared page layout
 * (src/formats/html/) exists; then the page's content moves into it.
 */
export function DirectoryDocument(props: DirectoryPageProps): Child {
  const title = props.filter.text ? `${props.filter.text} – Directory 通讯录` : "Directory 通讯录";
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body>
        <DirectoryPage {...props} />
      </body>
    </html>
  );
}
