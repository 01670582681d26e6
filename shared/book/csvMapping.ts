import { z } from 'zod';

/**
 * How a CSV whose header is not Cascade's maps onto Cascade's columns: `columns` maps a Cascade
 * column (e.g. `entry_price`) to a header of the file (e.g. `Entry Price`); `defaults` gives a
 * value for a column the file lacks (e.g. `{ account: 'Binance', venue: 'binance-usdm' }`).
 * Saved per header signature on commit, so the same export maps itself next time.
 */
export const csvMappingSchema = z
  .object({
    columns: z.record(z.string().max(100), z.string().max(200)),
    defaults: z.record(z.string().max(100), z.string().max(1000)).optional(),
  })
  .strict();
export type CsvMapping = z.output<typeof csvMappingSchema>;
