import { z } from 'zod';
import { defineChannel } from '../contract';
import { idSchema } from './storageSchemas';

/**
 * A saved stress setting. Its shape belongs to shared/stress; until that module exports a
 * schema, any JSON object is accepted and stored as validated JSON text.
 */
export const scenarioPayloadSchema = z.record(z.string(), z.json());
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
        name: z.string().trim().min(1, { error: 'expected a non-empty name' }).max(100),
        payload: scenarioPayloadSchema,
      })
      .strict(),
    scenarioRowSchema,
  ),
  /** Deletes a scenario and returns it. */
  remove: defineChannel('scenarios:remove', z.object({ id: idSchema }).strict(), scenarioRowSchema),
};
