import { z } from 'astro/zod';
import { isoDayToTime } from '../utils/isoDayToTime.ts';

/** A stable Latin slug: lower-case ASCII words joined by single hyphens (takeshi-iwaya, 2024-05-29-in-summit). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug such as an official's id or an event id. */
export const slug = z.string().regex(SLUG_PATTERN, 'expected a Latin slug such as takeshi-iwaya');

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as JP');

/** A calendar day written YYYY-MM-DD that exists. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((day) => isoDayToTime(day) !== undefined, 'not a real calendar day');

/** A day, a month or a year: YYYY-MM-DD, YYYY-MM or YYYY (how much of a date of office is known). */
export const partialIsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY');

/** Arabic text that is not empty. */
export const arabicText = z.string().min(1);
