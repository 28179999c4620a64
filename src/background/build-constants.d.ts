/** True only in the test build (dist-test/), so test hooks are dropped from the shipped build (vite.config.ts `define`). */
declare const __CORROBORATE_TEST_BUILD__: boolean;
