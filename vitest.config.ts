import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    // Native SQLite and zip streaming run in forks; two cores here and in CI.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests poll for what a click or key led to. Under a loaded CI machine a round trip
    // through Chromium and the preview bridge can take longer than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
