/**
 * @module The Cloudflare Worker: the app over the contacts bundled from `data/`.
 */
import { createApp } from "./http/app";
import { bundledStore } from "./store/bundled";

export default createApp(bundledStore);
