/** Request parameters several routes share, so each is validated and documented the same way. */
import { z } from 'zod';

import { AGREEMENT_KINDS, AGREEMENT_STATUSES, INSTITUTION_KINDS } from './vocabulary.js';
import { calendarDay, partialDate } from './dates.js';

export const idSchema = (what: string) =>
  z
    .string()
    .max(100)
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      `must be an ${what} id: lower-case letters and digits joined by hyphens`,
    )
    .meta({ description: `The ${what}'s id`, example: what === 'institution' ? 'us-nist' : undefined });

/** A bounded page size: every answer that can grow has a default and a maximum. */
export const limitSchema = (defaultValue: number, maximum: number) =>
  z.coerce
    .number()
    .int('must be a whole number')
    .min(1)
    .max(maximum, `must be at most ${maximum}`)
    .default(defaultValue)
    .meta({ description: `At most this many results (default ${defaultValue}, maximum ${maximum})` });

/**
 * How `country` applies: `any` keeps links with at least one institution based in the country (and the
 * agreements with a party there); `only` keeps links between two institutions of the country (and the
 * agreements with at least two parties there, the ones that make such a link).
 */
export const COUNTRY_SCOPES = ['any', 'only'] as const;
export type CountryScope = (typeof COUNTRY_SCOPES)[number];

/**
 * Filters of the network and of agreement lists. Values are checked against the closed vocabularies here;
 * domain and country ids are checked against the graph by the service (they grow with imports).
 */
export const networkFiltersSchema = z.object({
  domain: z
    .string()
    .max(100)
    .optional()
    .meta({ description: 'Only agreements covering this domain id', example: 'quantum' }),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KR')
    .optional()
    .meta({
      description:
        'Only agreements with a party based in this country: on the network, links with at least one ' +
        'institution based there (see countryScope)',
    }),
  countryScope: z
    .enum(COUNTRY_SCOPES)
    .optional()
    .meta({
      description:
        'How country applies (default any): any, links with at least one institution based there; only, ' +
        'links between two institutions based there, and agreements with at least two parties there. ' +
        'Without country it changes nothing',
    }),
  kind: z.enum(AGREEMENT_KINDS).optional().meta({ description: 'Only agreements of this kind' }),
  status: z.enum(AGREEMENT_STATUSES).optional().meta({ description: 'Only agreements with this status' }),
  institutionKind: z
    .enum(INSTITUTION_KINDS)
    .optional()
    .meta({ description: 'Only institutions of this kind' }),
  from: partialDate.optional().meta({
    description:
      'Only agreements dated on or after this date; a partial date is the period it names (2024 passes from=2024-06)',
  }),
  to: partialDate.optional().meta({
    description:
      'Only agreements dated on or before this date; a partial date is the period it names (2024 passes to=2024-03)',
  }),
  asOf: calendarDay.optional().meta({
    description:
      'The network as it stood at the end of this day: only agreements a source had stated by then, each ' +
      'with its status as of then (a partial date counts from its first day)',
    example: '2024-06-30',
  }),
});

export type NetworkFilters = z.output<typeof networkFiltersSchema>;

/**
 * A comma list of closed values (`via=agreement,event`), which OpenAPI writes as an array serialized
 * `form` without `explode`: the document then names each allowed value, and a fuzzer sends only lists of
 * them.
 */
export function commaListSchema<const T extends readonly [string, ...string[]]>(
  values: T,
  defaults: readonly T[number][],
  description: string,
) {
  return z
    .string()
    .default(defaults.join(','))
    .transform((text) => (text === '' && defaults.length === 0 ? [] : text.split(',')))
    .pipe(z.array(z.enum(values)).min(defaults.length > 0 ? 1 : 0))
    .meta({
      description,
      param: { style: 'form', explode: false },
      override: {
        type: 'array',
        items: { type: 'string', enum: [...values] },
        ...(defaults.length > 0 ? { minItems: 1 } : {}),
        default: [...defaults],
      },
    });
}
