// Model: the Conflict — the library's whole output, validated by zod.
import { z } from 'zod';
import { FiguresSchema } from './figure.js';
import { PartySchema } from './party.js';
import { ReferenceSchema } from './reference.js';
import { SectionSchema } from './section.js';
import { WarningSchema } from './warning.js';

/** Partial ISO 8601: `2013`, `2013-11`, `2013-11-08`; BC years are signed (`-0489`). */
export const PartialDateSchema = z
  .string()
  .regex(/^[+-]?\d{4,}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'Partial ISO 8601 date (2013, 2013-11, 2013-11-08; 490 BC → -0489).' });

export const DateRangeSchema = z
  .object({
    text: z.string().meta({ description: 'The date as written, in plain text.' }),
    start: PartialDateSchema.nullable(),
    end: PartialDateSchema.nullable().meta({
      description: 'Equal to start for a single date; null when ongoing or unreadable.',
    }),
    ongoing: z.boolean().meta({ description: 'True for "2011 – present" and the like.' }),
  })
  .meta({ description: 'When the conflict took place.' });
export type DateRange = z.infer<typeof DateRangeSchema>;

export const PlaceSchema = z
  .object({
    text: z.string(),
    parts: z.array(z.string()).meta({ description: 'Comma-separated parts, most specific first.' }),
  })
  .meta({ description: 'Where the conflict took place.' });
export type Place = z.infer<typeof PlaceSchema>;

export const CoordinatesSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .meta({ description: 'Signed decimal degrees (WGS 84).' });
export type Coordinates = z.infer<typeof CoordinatesSchema>;

export const InfoboxFieldSchema = z
  .object({
    name: z.string().meta({ description: 'Parameter name, lower-cased as the template spells it (casualties1).' }),
    value: z.string().meta({ description: 'Plain text, line breaks as \\n.' }),
    raw: z.string().meta({ description: 'Exactly as given in the source.' }),
  })
  .meta({ description: 'One infobox parameter. Unknown parameters are kept here too.' });
export type InfoboxField = z.infer<typeof InfoboxFieldSchema>;

export const InfoboxSchema = z
  .object({
    template: z.string().meta({ description: 'The template name as written (e.g. "Infobox military conflict").' }),
    fields: z.array(InfoboxFieldSchema).meta({ description: 'Every field in source order.' }),
  })
  .meta({ description: 'The conflict infobox as read.' });
export type Infobox = z.infer<typeof InfoboxSchema>;

export const SideSchema = z
  .object({
    index: z.number().int().min(1).meta({ description: '1 to 5: the combatant column.' }),
    combatants: z.array(PartySchema),
    commanders: z.array(PartySchema),
    units: z.array(z.string()),
    strength: FiguresSchema.nullable(),
    // Optional so that hand-built Sides (tests, renderers) stay valid; the interpreter always sets them.
    polStrength: FiguresSchema.nullable().optional().meta({
      description: 'Political strength (polstrengthN), given apart from military strength; null when absent.',
    }),
    milStrength: FiguresSchema.nullable()
      .optional()
      .meta({ description: 'Military strength (milstrengthN), given apart from strengthN; null when absent.' }),
    casualties: FiguresSchema.nullable(),
  })
  .meta({ description: 'One combatant column of the infobox.' });
export type Side = z.infer<typeof SideSchema>;

export const ConflictSchema = z
  .object({
    title: z.string().meta({
      description: "Article title: the plain format's = Title =, else options.title, else the infobox conflict value.",
    }),
    pageId: z
      .number()
      .int()
      .optional()
      .meta({ description: 'MediaWiki page id, when known (fetch, dump, or options.pageId).' }),
    revisionId: z
      .number()
      .int()
      .optional()
      .meta({ description: 'MediaWiki revision id of the text that was read, when known.' }),
    itemId: z
      .string()
      .regex(/^Q[1-9]\d*$/)
      .nullable()
      .optional()
      .meta({
        description:
          'The Wikidata item of the page (Q123), when known (fetch asks the API for it, or options.itemId); null when the page has none.',
      }),
    format: z.enum(['plain', 'wikitext']).meta({ description: 'The input format that was read.' }),
    infobox: InfoboxSchema.nullable(),
    name: z.string().nullable().meta({ description: 'The infobox `conflict` value.' }),
    partOf: z.string().nullable(),
    date: DateRangeSchema.nullable(),
    place: PlaceSchema.nullable(),
    coordinates: CoordinatesSchema.nullable(),
    result: z.string().nullable(),
    territory: z.string().nullable(),
    status: z.string().nullable(),
    notes: z.string().nullable(),
    sides: z.array(SideSchema),
    otherCasualties: FiguresSchema.nullable().meta({
      description: 'casualties3 when there is no combatant3 (a full-width row, usually civilians).',
    }),
    lead: z.array(z.string()).meta({ description: 'Paragraphs before the first heading.' }),
    sections: z.array(SectionSchema),
    references: z.array(ReferenceSchema),
    warnings: z.array(WarningSchema),
  })
  .meta({ description: 'A conflict article as a typed model.' });
export type Conflict = z.infer<typeof ConflictSchema>;
