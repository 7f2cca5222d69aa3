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
  },
});
