/**
 * @module The Cloudflare Worker: the app over the contacts bundled from `data/`, with the
 * answers to repeated GETs kept by the isolate (src/http/answer-memo.ts).
 */
import type { Env } from "./http/app";
import { withAnswerMemo } from "./http/answer-memo";
import { createApp } from "./http/app";
import { bundledStore } from "./store/bundled";

const app = createApp(bundledStore);

export default withAnswerMemo<Env, ExecutionContext>({
  fetch: (request, env, ctx) => app.fetch(request, env, ctx),
});
