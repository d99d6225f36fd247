/**
 * The scheduler's clock. Real time, except when `SCHEDULER_TEST_CLOCK=true` lets tests set it (the switch refuses
 * to start in production: a settable clock would let anyone who reaches it publish every scheduled article now).
 */
let offsetMs = 0;

export const testClockEnabled = (env: NodeJS.ProcessEnv = process.env) => env.SCHEDULER_TEST_CLOCK === 'true';

export function refuseTestClockInProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === 'production' && testClockEnabled(env))
    throw new Error(
      'Không khởi động: SCHEDULER_TEST_CLOCK chỉ dùng khi kiểm thử (refusing to start in production with the test clock)',
    );
}

export const now = (): Date => new Date(Date.now() + offsetMs);

/** Moves the clock to `at` (tests only). */
export function setClock(at: Date): void {
  if (!testClockEnabled()) throw new Error('SCHEDULER_TEST_CLOCK is not enabled');
  offsetMs = at.getTime() - Date.now();
}
