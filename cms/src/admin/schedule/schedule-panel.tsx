import { useState } from 'react';
import { Box, Button, Field, TextInput, Typography } from '@strapi/design-system';
import { useDocumentRBAC, useForm } from '@strapi/strapi/admin';
import { useText } from '../history/i18n';
import type { MessageKey } from '../messages';
import {
  formatVietnamTime,
  readSchedule,
  sameInstant,
  type Schedule,
  type ScheduleField,
  type ScheduleProblem,
} from './vietnam-time';

/** The types with a schedule (as on the server, src/scheduling/scheduler.ts). */
const SCHEDULED = new Set(['api::article.article', 'api::campaign-theme.campaign-theme']);
const FIELDS: Array<{ field: ScheduleField; label: MessageKey }> = [
  { field: 'publishAt', label: 'thads.schedule.publish-at' },
  { field: 'unpublishAt', label: 'thads.schedule.unpublish-at' },
];

type FormValues = { publishAt?: string | null; unpublishAt?: string | null; scheduleError?: string | null };
type PanelProps = { model: string };

const PROBLEM_TEXTS: Record<ScheduleProblem['reason'], MessageKey> = {
  invalid: 'thads.schedule.invalid',
  past: 'thads.schedule.past',
  'before-publish': 'thads.schedule.order',
};

const asText = (value: string | null) => (value ? formatVietnamTime(value) : '');

/**
 * Schedule inputs in Vietnam time, whatever the browser's zone and language. A valid schedule goes into the edit
 * form's own state, so the editor's Save writes it (with the server's guards: publish rights, publishable content).
 */
function ScheduleForm() {
  const { text: say } = useText();
  // Primitive selections: the form re-renders its consumers when a selected value changes.
  const initial = (form: { initialValues: object }) => form.initialValues as FormValues;
  const values = (form: { values: object }) => form.values as FormValues;
  const saved: Schedule = {
    publishAt: useForm('SchedulePanel', (form) => initial(form).publishAt ?? null),
    unpublishAt: useForm('SchedulePanel', (form) => initial(form).unpublishAt ?? null),
  };
  const current: Schedule = {
    publishAt: useForm('SchedulePanel', (form) => values(form).publishAt ?? null),
    unpublishAt: useForm('SchedulePanel', (form) => values(form).unpublishAt ?? null),
  };
  const scheduleError = useForm('SchedulePanel', (form) => values(form).scheduleError ?? null);
  const disabled = useForm('SchedulePanel', (form) => form.disabled);
  const onChange = useForm('SchedulePanel', (form) => form.onChange);
  const [text, setText] = useState({ publishAt: asText(current.publishAt), unpublishAt: asText(current.unpublishAt) });
  const [problems, setProblems] = useState<ScheduleProblem[]>([]);

  const apply = (next: Record<ScheduleField, string>) => {
    setText(next);
    const result = readSchedule(next, saved, new Date());
    setProblems(result.problems);
    if (!result.schedule) return;
    for (const { field } of FIELDS)
      if (!sameInstant(result.schedule[field], current[field])) onChange(field, result.schedule[field]);
  };

  const nothingToCancel =
    disabled || (!current.publishAt && !current.unpublishAt && !text.publishAt && !text.unpublishAt);
  const savedText = saved.publishAt
    ? say('thads.schedule.publishes', { time: asText(saved.publishAt) })
    : say('thads.schedule.none');
  return (
    <Box width="100%" data-thads-panel>
      <Typography tag="p" marginBottom={3}>
        {say('thads.schedule.hint')}
      </Typography>
      {FIELDS.map(({ field, label }) => {
        const problem = problems.find((candidate) => candidate.field === field);
        const id = `thads-schedule-${field}`;
        return (
          <Box key={field} marginBottom={3}>
            {/* No `name`: the panel sits inside the edit view's form, which must not take this text as a field. */}
            <Field.Root id={id}>
              <Field.Label>{say(label)}</Field.Label>
              <TextInput
                inputMode="numeric"
                placeholder="dd/MM/yyyy HH:mm"
                value={text[field]}
                disabled={disabled}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-error` : undefined}
                onChange={(event) => apply({ ...text, [field]: event.target.value })}
              />
            </Field.Root>
            {problem && (
              <Typography tag="p" id={`${id}-error`} role="alert" textColor="danger700" marginTop={1}>
                {say(PROBLEM_TEXTS[problem.reason])}
              </Typography>
            )}
          </Box>
        );
      })}
      <Typography tag="p" role="status" marginBottom={3}>
        {savedText}
        {saved.unpublishAt && ` ${say('thads.schedule.unpublishes', { time: asText(saved.unpublishAt) })}`}
      </Typography>
      {scheduleError && (
        <Typography tag="p" role="alert" textColor="danger700" marginBottom={3}>
          {say('thads.schedule.error', { reason: scheduleError })}
        </Typography>
      )}
      <Button variant="secondary" disabled={nothingToCancel} onClick={() => apply({ publishAt: '', unpublishAt: '' })}>
        {say('thads.schedule.cancel')}
      </Button>
    </Box>
  );
}

/** The edit view's "Lịch đăng" side panel, for those who may publish (an Author cannot schedule around the review). */
export function SchedulePanel({ model }: PanelProps) {
  const canPublish = useDocumentRBAC('SchedulePanel', (rbac) => rbac.canPublish ?? false);
  const { text } = useText();
  if (!SCHEDULED.has(model) || !canPublish) return null;
  return { title: text('thads.schedule.title'), content: <ScheduleForm /> };
}
