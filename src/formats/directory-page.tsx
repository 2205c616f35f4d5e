/**
 * @module The directory page (`/contacts`): a search form that works without JavaScript
 * (GET, so every result page has a URL to share), the results with links to each contact's
 * page, and links to the next page. Bilingual, in the pages' shared layout and stylesheet
 * (src/formats/html/), every value escaped by hono/jsx. Pure.
 */
import type { Contact, Localized } from "../model/contact";
import { CONTACT_KINDS } from "../model/schema";
import { contactPaths, DIRECTORY_PATHS } from "../model/urls";
import type { DirectoryFilter } from "../search/find";
import { Bilingual, PageLayout, renderDocument, type UiText } from "./html";
import { KIND_TEXTS } from "./html/texts";

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

/** The directory page's own interface text. */
const TEXTS = {
  title: { en: "Directory", "zh-Hans": "通讯录" },
  search: { en: "Search names, places, departments", "zh-Hans": "搜索姓名、地点、部门" },
  kind: { en: "Kind", "zh-Hans": "类别" },
  all: { en: "All", "zh-Hans": "全部" },
  submit: { en: "Search", "zh-Hans": "搜索" },
  tag: { en: "Tag", "zh-Hans": "标签" },
  showAll: { en: "Show all", "zh-Hans": "显示全部" },
  none: { en: "No contact matches.", "zh-Hans": "没有找到联系人。" },
  correct: { en: "Please correct the search:", "zh-Hans": "请修改搜索条件：" },
  first: { en: "First page", "zh-Hans": "第一页" },
  next: { en: "Next page", "zh-Hans": "下一页" },
  download: { en: "Download these contacts (vCard)", "zh-Hans": "下载这些联系人（vCard）" },
} as const satisfies Record<string, UiText>;

/** Both languages on one line, for a `<title>` or an `<option>`, which hold no elements. */
const plain = (text: UiText) => `${text.en} ${text["zh-Hans"]}`;

/** What identifies a contact besides its name: job and organisation, or city. */
function details(contact: Contact): Localized[] {
  const out: Localized[] = [];
  for (const text of [contact.title, contact.department, contact.organisation]) if (text) out.push(text);
  const parts = contact.address?.parts;
  if (parts?.en.locality) {
    const zh = parts["zh-Hans"]?.locality;
    out.push(zh ? { en: parts.en.locality, "zh-Hans": zh } : { en: parts.en.locality });
  }
  return out;
}

/** The query string of a search, without paging. */
function searchQuery(filter: DirectoryFilter): string {
  const params = new URLSearchParams();
  if (filter.text) params.set("q", filter.text);
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.tag) params.set("tag", filter.tag);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The URL of the first page of a search. */
export function firstPage(filter: DirectoryFilter): string {
  return `${DIRECTORY_PATHS.page}${searchQuery(filter)}`;
}

function Result({ contact }: { contact: Contact }) {
  const more = details(contact);
  return (
    <li class="phone">
      <a href={contactPaths(contact.id).page}>
        <Bilingual text={contact.name} />
      </a>
      <span class="label">
        <Bilingual text={KIND_TEXTS[contact.kind]} />
      </span>
      {more.length > 0 ? (
        <p class="note">
          {more.map((text, i) => (
            <>
              {i > 0 ? " · " : ""}
              <Bilingual text={text} />
            </>
          ))}
        </p>
      ) : null}
      {contact.tags.length > 0 ? (
        <p class="note">
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
      <p>
        <label for="q">
          <Bilingual text={TEXTS.search} />
        </label>
        <br />
        <input id="q" name="q" type="search" value={filter.text ?? ""} maxlength={200} autocomplete="off" />
      </p>
      <p>
        <label for="kind">
          <Bilingual text={TEXTS.kind} />
        </label>{" "}
        <select id="kind" name="kind">
          <option value="" selected={!filter.kind}>
            {plain(TEXTS.all)}
          </option>
          {CONTACT_KINDS.map((kind) => (
            <option value={kind} selected={filter.kind === kind}>
              {plain(KIND_TEXTS[kind])}
            </option>
          ))}
        </select>
        {filter.tag ? <input type="hidden" name="tag" value={filter.tag} /> : null}{" "}
        <button class="button primary" type="submit">
          <Bilingual text={TEXTS.submit} />
        </button>
      </p>
    </form>
  );
}

/** The page's main content: form, errors or results, and paging links. */
export function DirectoryPage(props: DirectoryPageProps) {
  const { filter, contacts, next, paged, errors } = props;
  return (
    <main class="page">
      <div class="card">
        <h1>
          <Bilingual text={TEXTS.title} />
        </h1>
        <SearchForm filter={filter} />
        {filter.tag ? (
          <p class="note">
            <Bilingual text={TEXTS.tag} />: #{filter.tag}{" "}
            <a href={firstPage({ ...filter, tag: undefined })}>
              <Bilingual text={TEXTS.showAll} />
            </a>
          </p>
        ) : null}
      </div>
      <div class="card">
        {errors && errors.length > 0 ? (
          <div role="alert">
            <p>
              <Bilingual text={TEXTS.correct} />
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
            <Bilingual text={TEXTS.none} />
          </p>
        ) : (
          <>
            <ol class="plain">
              {contacts.map((contact) => (
                <Result contact={contact} />
              ))}
            </ol>
            <p class="download">
              <a class="button" href={`${DIRECTORY_PATHS.vcard}${searchQuery(filter)}`}>
                <Bilingual text={TEXTS.download} />
              </a>
            </p>
          </>
        )}
        {paged || next ? (
          <nav aria-label="Pages" class="actions">
            {paged ? (
              <a class="button" href={firstPage(filter)}>
                <Bilingual text={TEXTS.first} />
              </a>
            ) : null}
            {next ? (
              <a class="button" href={next} rel="next">
                <Bilingual text={TEXTS.next} />
              </a>
            ) : null}
          </nav>
        ) : null}
      </div>
    </main>
  );
}

/** The whole directory page as HTML text, in the shared layout. */
export function renderDirectoryPage(props: DirectoryPageProps): string {
  const title = props.filter.text ? `${props.filter.text} – ${plain(TEXTS.title)}` : plain(TEXTS.title);
  return renderDocument(
    // Search results and error pages are not for search engines; the plain directory is.
    <PageLayout title={title} indexable={!props.errors && !props.filter.text && !props.paged}>
      <DirectoryPage {...props} />
    </PageLayout>,
  );
}
