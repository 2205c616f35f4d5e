/**
 * @module The Hono application: shared middleware, every route module, and the one error
 * handler and not-found handler that turn every failure into RFC 9457 problem+json.
 */
import { Hono } from "hono";
import { PatternRouter } from "hono/router/pattern-router";
import type { ContactStore } from "../store/contact-store";
import { httpCore, routeFallback } from "./middleware";
import { problemOf, problemResponse } from "./problem";
import { contactRoutes } from "./routes/contacts";
import { directoryRoutes } from "./routes/directory";
import { openApiRoutes } from "./routes/openapi";
import { pageRoutes } from "./routes/page";
import { qrRoutes } from "./routes/qr";
import { validateRoutes } from "./routes/validate";
import { vcardRoutes } from "./routes/vcard";

/**
 * What the worker is bound to (wrangler.toml, secrets): all optional, so that with none of them
 * the worker serves the bundled `data/` and takes no writes.
 */
export interface Env {
  /** The directory's D1 database (wrangler environment `directory`); absent: the bundle is served. */
  readonly DB?: D1Database;
  /** The R2 bucket for what is built once per revision (`/v1/directory.vcf`) and images. */
  readonly FILES?: R2Bucket;
  /** Editors' bearer tokens, comma-separated `name:sha256-hex-of-token` (a secret). */
  readonly EDITOR_TOKENS?: string;
  /** Cloudflare Access team domain (`team.cloudflareaccess.com`): Access JWTs are accepted too. */
  readonly ACCESS_TEAM_DOMAIN?: string;
  /** The Access application's audience tag, checked in the JWT. */
  readonly ACCESS_AUD?: string;
  /** Makes the CardDAV address book private (Basic auth) when set. */
  readonly DIRECTORY_PASSWORD?: string;
  /** Workers rate-limiting binding for writes, per editor. */
  readonly WRITE_LIMITER?: RateLimit;
}

/** Hono's environment for this app: bindings and per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: { store: ContactStore };
}

/** Builds the app over a store (the bundle in production, any store in tests). */
export function createApp(store: ContactStore): Hono<AppEnv> {
  // Hono's default router cannot compile the id patterns of /v1/contacts/… into its one
  // regular expression and falls back to its trie, which cost the contact route a sixth of its
  // speed (npm run bench); PatternRouter tests a few compiled patterns in order, and is smaller.
  const app = new Hono<AppEnv>({ router: new PatternRouter() });
  // The HTTP core around every route (src/http/middleware/http-core.ts): Cache-Control, ETag
  // and 304/412, then CORS and security headers on whatever comes out, errors and 304s included.
  const core = httpCore();
  app.use((c, next) => {
    c.set("store", store);
    return core(c, next);
  });
  // Before any /v1/contacts/:id route: Hono runs matching routes in the order they were added.
  app.route("/", vcardRoutes);
  app.route("/", directoryRoutes);
  app.route("/", qrRoutes);
  app.route("/", contactRoutes);
  app.route("/", validateRoutes);
  app.route("/", openApiRoutes);
  app.route("/", pageRoutes);

  // 404 for a path no route has, 405 with Allow for a method it lacks, OPTIONS and CORS preflights.
  app.notFound(routeFallback(() => app.routes));
  app.onError((err, c) => {
    const problem = problemOf(err);
    // Never show internals: the message may hold data or stack details.
    if (problem.problem.status >= 500) console.error("unhandled error", err);
    return problemResponse(c, problem.problem, problem.headers);
  });
  return app;
}
