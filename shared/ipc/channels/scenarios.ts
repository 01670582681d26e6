import { z } from 'zod';
import { scenarioSchema } from '../../stress/scenario';
import { defineChannel } from '../contract';
import { idSchema } from '../../book/schema';

/** A saved stress setting: shared/stress's {@link scenarioSchema}, stored as JSON text. */
export const scenarioPayloadSchema = scenarioSchema;
export type ScenarioPayload = z.output<typeof scenarioPayloadSchema>;

export const scenarioRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  payload: scenarioPayloadSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** `cascade.scenarios.*`: saved stress-test settings. */
export const scenarios = {
  list: defineChannel('scenarios:list', z.object({}).strict(), z.array(scenarioRowSchema)),
  /** Creates (no `id`) or replaces a scenario; names are unique. */
  upsert: defineChannel(
    'scenarios:upsert',
    z
      .object({
        id: idSchema.optional(),
        /** The unique label; defaults to `payload.name` (the stored payload's name is set to it). */
        name: z.string().trim().min(1, { error: 'expected a non-empty name' }).max(200).optional(),
        payload: scenarioPayloadSchema,
      })
      .strict(),
    scenarioRowSchema,
  ),
  /** Deletes a scenario and returns it. */
  remove: defineChannel('scenarios:remove', z.object({ id: idSchema }).strict(), scenarioRowSchema),
};
