// Tells the Workers types what the main module exports (typed `ctx.exports` and test `exports`).
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("./index");
  }
}
