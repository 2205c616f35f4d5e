/**
 * @module The page a browser gets for a contact that does not exist: what happened, in both
 * languages, and where to go instead (the main contact, the directory). API clients get
 * problem+json instead (src/http/routes/page.ts). Pure.
 */
import { DIRECTORY_PATHS } from "../../model/urls";
import { Bilingual } from "./bilingual";
import { PageLayout, renderDocument } from "./layout";
import { TEXTS } from "./texts";

/** The not-found document; `id` is the id that was asked for, shown escaped. */
export function renderNotFoundPage(id: string): string {
  return renderDocument(
    <PageLayout title={`${TEXTS.notFound.en} · ${TEXTS.notFound["zh-Hans"]}`} indexable={false}>
      <main class="page">
        <div class="card">
          <h1>
            <Bilingual text={TEXTS.notFound} />
          </h1>
          <p>
            <Bilingual text={TEXTS.notFoundDetail} />
          </p>
          <p class="note">
            <span lang="en">Asked for</span> <span lang="zh-Hans">请求的编号</span>: <code>{id}</code>
          </p>
          <p class="download">
            <a class="button primary" href={DIRECTORY_PATHS.home}>
              <Bilingual text={TEXTS.home} />
            </a>
            <a class="button" href={DIRECTORY_PATHS.page}>
              <Bilingual text={TEXTS.directory} />
            </a>
          </p>
        </div>
      </main>
    </PageLayout>,
  );
}
