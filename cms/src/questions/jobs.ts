import type { Core } from '@strapi/strapi';
import { exclusively } from '../scheduling/scheduler';
import { eraseDueContacts, questionsConfig } from './contacts';
import { deliverAnswerNotices } from './notifications';

/** Any number, the same on every instance, other than the schedules' lock. */
const LOCK_KEY = 1_320_130_021;

export type QuestionJobsResult = { erased: number; sent: number; skipped: boolean };

/**
 * The questions' background work, on one instance at a time: contact details whose time is up are erased, answer
 * notices that are due are sent (after the erasure: a notice never goes to an address erased meanwhile).
 */
export async function runQuestionJobs(strapi: Core.Strapi): Promise<QuestionJobsResult> {
  const result: QuestionJobsResult = { erased: 0, sent: 0, skipped: false };
  const ran = await exclusively(
    strapi,
    async () => {
      result.erased = await eraseDueContacts(strapi);
      result.sent = await deliverAnswerNotices(strapi);
    },
    LOCK_KEY,
  );
  result.skipped = !ran;
  return result;
}

const log = (strapi: Core.Strapi) => (error: unknown) =>
  strapi.log.error(`[hỏi đáp] ${error instanceof Error ? error.message : String(error)}`);

/** Runs the jobs once the current transaction (a publication) is committed: the citizen is told without waiting. */
export async function runQuestionJobsSoon(strapi: Core.Strapi): Promise<void> {
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(() => void runQuestionJobs(strapi).catch(log(strapi)));
  });
}

const timers = new WeakMap<Core.Strapi, NodeJS.Timeout>();

/** Every QUESTION_JOBS_INTERVAL_MS (default a minute), from when the instance listens. */
export function startQuestionJobs(strapi: Core.Strapi): void {
  const interval = questionsConfig(strapi).jobIntervalMs;
  if (!Number.isFinite(interval) || interval <= 0) return;
  const run = () => void runQuestionJobs(strapi).catch(log(strapi));
  const server = strapi.server.httpServer;
  if (server.listening) run();
  else server.once('listening', run);
  const timer = setInterval(run, interval);
  timer.unref();
  timers.set(strapi, timer);
}

export function stopQuestionJobs(strapi: Core.Strapi): void {
  clearInterval(timers.get(strapi));
  timers.delete(strapi);
}
