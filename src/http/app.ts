/**
 * @module The Hono application: shared middleware, every route module, and the one error
 * handler and not-found handler that turn every failure into RFC 9457 problem+json.
 */
import { Hono } from "hono";
import type { ContactStore } from "../store/contact-store";
import { HttpProblem, problemResponse } from "./problem";
import { directoryRoutes } from "./routes/directory";
import { vcardRoutes } from "./routes/vcard";

/** What the worker is bound to (wrangler.toml); nothing yet. */
export type Env = Record<string, never>;

/** Hono's environment for this app: bindings and per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: { store: ContactStore };
}

/** Builds the app over a store (the bundle in production, any store in tests). */
export function createApp(store: ContactStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("store", store);
    await next();
  });
  // Before any /v1/contacts/:id route: Hono runs matching routes in the order they were added.
  app.route("/", vcardRoutes);
  app.route("/", directoryRoutes);

  app.notFound((c) =>
    problemResponse(c, { title: "Not Found", status: 404, detail: `There is nothing at ${new URL(c.req.url).pathname}.` }),
  );
  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(c, err.problem, err.headers);
    // Never show internals: the message may hold data or stack details.
    console.error("unhandled error", err);
    return problemResponse(c, { title: "Internal Server Error", status: 500, detail: "Something went wrong on our side. Please try again later." });
  });
  return app;
}
