import { testClockEnabled } from '../../../scheduling/clock';

/** Only with SCHEDULER_TEST_CLOCK=true (never in production, see `clock`): tests move the scheduler's clock. */
export default {
  routes: testClockEnabled()
    ? [
        {
          method: 'POST',
          path: '/scheduler-test/clock',
          handler: 'scheduler.setClock',
          config: { auth: false },
        },
      ]
    : [],
};
