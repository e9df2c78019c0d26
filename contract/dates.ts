/** Dates as the graph stores them and the API takes them. */
import { z } from 'zod';

/** A year, a month or a day: sources often give only "next year". Sorts correctly as text. */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );

/** A calendar day, YYYY-MM-DD, that exists (2024-02-30 does not); documented as OpenAPI's `format: date`. */
export const calendarDay = z.iso.date('must be a day of the calendar, written YYYY-MM-DD');
