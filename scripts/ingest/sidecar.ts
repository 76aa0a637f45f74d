import { yamlToData } from '../../src/utils/yaml.ts';
import { sidecarSchema, type Sidecar } from './sidecarSchema.ts';

/** `YYYY-MM-DD` for a real calendar day, otherwise undefined. */
function partsToIsoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A zod issue path as the editor would write it: `date.citation`, `officials.value[1]`. */
export function issuePathToText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

export type SidecarResult = { ok: true; sidecar: Sidecar } | { ok: false; errors: string[]; officialIds?: string[] };

/** The official ids a sidecar names, read even when another field is wrong, so every mistake is reported at once. */
function rawOfficialIds(data: unknown): string[] | undefined {
  const value = (data as { officials?: { value?: unknown } } | null)?.officials?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : undefined;
}

/** Parses and validates a sidecar; errors name the file and the field. */
export function textToSidecar(text: string, fileLabel: string): SidecarResult {
  let data: unknown;
  try {
    data = yamlToData(text) ?? {};
  } catch (error) {
    return { ok: false, errors: [`${fileLabel}: not valid YAML — ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const officialIds = rawOfficialIds(data);
    return {
      ok: false,
      errors: result.error.issues.map((issue) => `${fileLabel}: ${issuePathToText(issue.path) || '(top level)'} — ${issue.message}`),
      ...(officialIds ? { officialIds } : {}),
    };
  }
  const date = result.data.date;
  if (date) {
    const shape = date.value.length === 10 ? 'day' : date.value.length === 7 ? 'month' : 'year';
    const [year, month = 1, day = 1] = date.value.split('-').map(Number);
    if (!partsToIsoDay(year!, month, day)) return { ok: false, errors: [`${fileLabel}: date.value — ${date.value} is not a real calendar date`] };
    const order = { year: 0, month: 1, day: 2 } as const;
    if (date.precision && order[date.precision] > order[shape]) {
      return { ok: false, errors: [`${fileLabel}: date.precision — "${date.precision}" needs a value written to the ${date.precision}, got ${date.value}`] };
    }
  }
  return { ok: true, sidecar: result.data };
}

/** The sidecar date as the event's `date` + `datePrecision` (a month or year is written as its first day). */
export function sidecarDateToEventDate(date: NonNullable<Sidecar['date']>): { date: string; precision: 'day' | 'month' | 'year' } {
  const shape = date.value.length === 10 ? 'day' : date.value.length === 7 ? 'month' : 'year';
  const [year, month = 1, day = 1] = date.value.split('-').map(Number);
  return { date: partsToIsoDay(year!, month, day)!, precision: date.precision ?? shape };
}
