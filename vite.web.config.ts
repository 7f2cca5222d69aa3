/**
 * Builds the renderer for the loopback browser preview (and the end-to-end tests) into dist-web/.
 * Relative base so the preview server can serve it from any path; no external assets.
 */
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    // Keep the map outline and every other asset inside the bundle's own files, never inline remote URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
