import { defineConfig } from 'vitest/config';

/** The pure core's unit tests: what `npm run mutate` (Stryker) runs against each mutant. */
export default defineConfig({
  test: {
    include: ['test/{rules,engine,ranking,schedule,calendar,columns}/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    env: { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
