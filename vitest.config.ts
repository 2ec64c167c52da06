import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // Forked processes, so each starts with the test CA in NODE_EXTRA_CA_CERTS.
    pool: 'forks',
    // Two files at a time, from every project. Vitest's default is one fewer than the
    // cores, a single worker on CI's 2, and the lab files spend most of their time
    // waiting (labs starting, deadlines, a schedule's minutes) while the other core idles.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'lab',
          include: ['tests/lab/**/*.test.ts'],
          testTimeout: 20_000,
          // Tests marked concurrent (censorship-lab's scenarios, netns-censor's tests, each in
          // a lab of its own) run two at a time: they mostly wait; two keep 2 cores busy.
          maxConcurrency: 2,
        },
      },
      // The renderer's components in a DOM (jsdom), driven as a person would (Testing Library).
      { extends: true, test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'jsdom' } },
    ],
  },
});
