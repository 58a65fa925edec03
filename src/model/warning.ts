// Model: diagnostics are data — a code from one list, a severity, a message and the field they concern.
import { z } from 'zod';

/** Every warning code the library can emit. Documented in the README ("Diagnostics"). */
export const WARNING_CODES = [
  'no-infobox',
  'other-infobox',
  'redirect',
  'disambiguation',
  'not-article',
  'unknown-field',
  'duplicate-field',
  'positional-field',
  'unknown-template',
  'unparsed-figure',
  'unparsed-date',
  'unparsed-coordinates',
  'plain-format',
  'unclosed-markup',
  'empty-input',
  'control-characters',
  'markup-limit',
  'internal-error',
  'extension-error',
] as const;

export const WarningCodeSchema = z.enum(WARNING_CODES).meta({ description: 'Machine-readable warning code.' });
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const WarningSchema = z
  .object({
    code: WarningCodeSchema,
    severity: z
      .enum(['info', 'warning'])
      .meta({ description: '`info` notes what the input is; `warning` means something could not be read.' }),
    message: z.string().meta({ description: 'Human-readable explanation.' }),
    field: z.string().optional().meta({ description: 'Infobox field (or section) the warning concerns.' }),
  })
  .meta({ description: 'A problem found while reading the article. Never thrown; collected in `warnings`.' });
export type Warning = z.infer<typeof WarningSchema>;
