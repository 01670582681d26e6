import { z } from 'zod';
import { SETTING_KEYS, settingSchemas, type SettingKey } from '../../settings/schema';
import { defineChannel } from '../contract';

const keySchema = z.enum(SETTING_KEYS, {
  error: (iss) => `unknown setting ${JSON.stringify(iss.input)}; known: ${SETTING_KEYS.join(', ')}`,
});

const settingEntrySchema = z.object({ key: keySchema, value: z.unknown() });

/** `settings:set` request: the value is checked against its key's schema (shared/settings). */
export const settingSetSchema = z
  .object({ key: keySchema, value: z.unknown() })
  .strict()
  .superRefine((req, ctx) => {
    const result = settingSchemas[req.key as SettingKey].safeParse(req.value);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.path], message: issue.message });
    }
  });

/** `cascade.settings.*`: small key/value preferences (value = JSON). Unset keys read as their default. */
export const settings = {
  get: defineChannel('settings:get', z.object({ key: keySchema }).strict(), settingEntrySchema),
  set: defineChannel('settings:set', settingSetSchema, settingEntrySchema),
  /** Every known key with its current (or default) value. */
  all: defineChannel('settings:all', z.object({}).strict(), z.array(settingEntrySchema)),
};
