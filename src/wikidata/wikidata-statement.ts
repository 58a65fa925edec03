// Wikidata model: the statements made from a Conflict's figures, and the figures left out with the reason.
import { z } from 'zod';
import { FigureSchema } from '../model/figure.js';

/** A Wikidata item id (`Q42`). */
export const ItemIdSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/)
  .meta({ description: 'A Wikidata item id (Q42).' });

export const ItemValueSchema = z
  .object({
    type: z.literal('item'),
    id: ItemIdSchema.nullable().meta({
      description: 'The item, or null when no item is known for the label: a placeholder the output marks.',
    }),
    label: z.string().meta({ description: 'What the article calls it (a page title, a party, a source, a subject).' }),
  })
  .meta({ description: 'A Wikidata item, or a name still waiting for its item.' });
export type ItemValue = z.infer<typeof ItemValueSchema>;

/** Decimal strings with a sign, as Wikibase writes quantities (`+1200`, `+37.5`). */
const DecimalSchema = z.string().regex(/^[+-]\d+(\.\d+)?$/);

export const QuantityValueSchema = z
  .object({
    type: z.literal('quantity'),
    amount: DecimalSchema,
    lowerBound: DecimalSchema.nullable().meta({
      description: 'With upperBound, the range the figure gives; both null for a single number.',
    }),
    upperBound: DecimalSchema.nullable(),
  })
  .meta({ description: 'A unitless quantity: a count.' });
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

export const TimeValueSchema = z
  .object({
    type: z.literal('time'),
    time: z
      .string()
      .regex(/^[+-]\d{4,}-\d{2}-\d{2}T00:00:00Z$/)
      .meta({ description: 'Wikibase time: historical year numbering (1 BC is -0001), unknown month or day 00.' }),
    precision: z.union([z.literal(9), z.literal(10), z.literal(11)]).meta({ description: '9 year, 10 month, 11 day.' }),
    calendar: z.enum(['gregorian', 'julian']),
  })
  .meta({ description: 'A date.' });
export type TimeValue = z.infer<typeof TimeValueSchema>;

export const UrlValueSchema = z.object({ type: z.literal('url'), value: z.string() }).meta({ description: 'A URL.' });
export type UrlValue = z.infer<typeof UrlValueSchema>;

export const TextValueSchema = z
  .object({ type: z.literal('monolingualtext'), text: z.string(), language: z.string() })
  .meta({ description: 'A text in one language (a title).' });
export type TextValue = z.infer<typeof TextValueSchema>;

export const SnakValueSchema = z.discriminatedUnion('type', [
  ItemValueSchema,
  QuantityValueSchema,
  TimeValueSchema,
  UrlValueSchema,
  TextValueSchema,
]);
export type SnakValue = z.infer<typeof SnakValueSchema>;

export const SnakSchema = z
  .object({ property: z.string().regex(/^P[1-9]\d*$/), value: SnakValueSchema })
  .meta({ description: 'A property and its value: a qualifier or one part of a reference.' });
export type Snak = z.infer<typeof SnakSchema>;

export const FigureOriginSchema = z
  .object({
    field: z
      .string()
      .meta({ description: 'Where the figure stands: casualties2, strength1, milstrength1, otherCasualties …' }),
    index: z.number().int().min(0).meta({ description: 'Its position among the figures of that field.' }),
    figure: FigureSchema,
  })
  .meta({ description: 'The figure a statement was made from, or that was left out.' });
export type FigureOrigin = z.infer<typeof FigureOriginSchema>;

export const WikidataStatementSchema = z
  .object({
    property: z.string().regex(/^P[1-9]\d*$/),
    value: QuantityValueSchema,
    qualifiers: z.array(SnakSchema).meta({ description: 'In order: side, subject, source, approximation, dates.' }),
    references: z
      .array(z.array(SnakSchema))
      .meta({ description: "Reference blocks; one, for the article revision and the figure's own citation." }),
    origin: FigureOriginSchema,
  })
  .meta({ description: "One statement about the conflict's item, made from one figure." });
export type WikidataStatement = z.infer<typeof WikidataStatementSchema>;

export const SkippedFigureSchema = FigureOriginSchema.extend({
  reason: z.string().meta({ description: 'Why no faithful statement could be made.' }),
}).meta({ description: 'A figure that was not written, and why.' });
export type SkippedFigure = z.infer<typeof SkippedFigureSchema>;

export const WikidataResultSchema = z
  .object({
    title: z.string(),
    item: ItemValueSchema.meta({ description: "The conflict's item: the subject of every statement." }),
    statements: z.array(WikidataStatementSchema),
    skipped: z.array(SkippedFigureSchema),
  })
  .meta({ description: 'What toWikidata makes of a Conflict.' });
export type WikidataResult = z.infer<typeof WikidataResultSchema>;
