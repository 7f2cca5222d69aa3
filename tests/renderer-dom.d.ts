/**
 * The renderer's tests and browser tests live in tests/, which tsconfig.node.json checks without
 * the DOM library and without a way to read .vue files. This gives that check what the renderer
 * code and page.evaluate callbacks need. The renderer itself is checked by tsconfig.web.json
 * (DOM, no Node types), which this file does not touch.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
