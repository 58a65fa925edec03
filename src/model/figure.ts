// Model: one casualty or strength figure, and the field value it was split from.
import { z } from 'zod';

/** The kinds that count people (the others count equipment, strength, or anything else). */
export const PEOPLE_FIGURE_KINDS = [
  'killed',
  'wounded',
  'captured',
  'missing',
  'arrested',
  'executed',
  'deserted',
  'displaced',
  'casualties',
] as const;

export const FIGURE_KINDS = [...PEOPLE_FIGURE_KINDS, 'destroyed', 'damaged', 'strength', 'other'] as const;

export const FigureKindSchema = z.enum(FIGURE_KINDS).meta({
  description:
    'What the count counts. "injured" is `wounded`; "killed or wounded" is `casualties`; equipment losses are `destroyed`.',
});
export type FigureKind = z.infer<typeof FigureKindSchema>;

export const FigureSchema = z
  .object({
    kind: FigureKindSchema,
    min: z.number().nullable().meta({ description: 'Lower bound; exact 3 → 3, "up to 50" → null.' }),
    max: z.number().nullable().meta({ description: 'Upper bound; exact 3 → 3, "at least 27" → null.' }),
    approximate: z.boolean().meta({ description: 'True for c., ~, about, estimated …' }),
    subject: z.string().nullable().meta({ description: 'Who or what is counted ("civilians", "tanks"), or null.' }),
    source: z
      .string()
      .nullable()
      .meta({ description: 'Who the figure is attributed to, without the marker words ("per Mali" → "Mali").' }),
    party: z
      .string()
      .nullable()
      .meta({ description: 'The combatant of the side the figure concerns, when a flag or header names one.' }),
    total: z.boolean().meta({ description: 'True for a "Total:" line.' }),
    period: z.string().nullable().meta({
      description:
        'The date or period the figure is for, as written ("1812–1814", "May 1944"): next to the figure, or from a period header line above it.',
    }),
    phase: z.string().nullable().meta({
      description:
        'The stage of the conflict a header names for the figures under it ("Initial", "At the time of the Soviet counter-offensive").',
    }),
    detail: z.string().nullable().meta({
      description:
        'A breakdown in parentheses after the figure, no figure of its own ("20 released, 2 executed" of "31 captured (20 released, 2 executed)").',
    }),
    refs: z.array(z.string()).meta({ description: 'Ids of the references that directly follow this figure.' }),
    text: z.string().meta({ description: 'The fragment of the value the figure came from.' }),
    rule: z.string().meta({ description: 'Id of the rule that produced the figure.' }),
  })
  .meta({ description: 'One figure split from a casualties or strength value.' });
export type Figure = z.infer<typeof FigureSchema>;

export const FiguresSchema = z
  .object({
    text: z.string().meta({ description: 'The whole value as plain text.' }),
    figures: z.array(FigureSchema),
  })
  .meta({ description: 'A casualties or strength value and the figures split from it.' });
export type Figures = z.infer<typeof FiguresSchema>;
