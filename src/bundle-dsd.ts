/**
 * The viewer bundle for pages the static renderer wrote in its `dsd` mode: Lit's hydration support
 * first (it must run before Lit's element class is defined), so the elements take over the
 * server's shadow roots as they are, without a second render. A file of its own, so that the
 * bundle every other page loads (dist/bundle/disclosure-report.js) does not carry the support
 * (about 2.2 KB gzip).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './all.js';
