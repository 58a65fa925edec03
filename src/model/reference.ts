// Model: a <ref> of the article, resolved across reuses and list-defined refs.
import { z } from 'zod';

export const CitationSchema = z
  .object({
    template: z.string().meta({ description: 'The cite template, e.g. "cite web".' }),
    url: z.string().nullable(),
    title: z.string().nullable(),
    work: z.string().nullable().meta({ description: 'work, website, newspaper, journal or publisher.' }),
    date: z.string().nullable(),
    params: z
      .array(z.object({ name: z.string(), value: z.string() }))
      .meta({ description: 'Every parameter, in order, as plain text.' }),
  })
  .meta({ description: 'A {{cite …}} template inside a reference.' });
export type Citation = z.infer<typeof CitationSchema>;

export const ReferenceSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id: "ref-" + the ref name, or "ref-N" in order of first appearance.' }),
    name: z.string().nullable().meta({ description: "The ref's name attribute, or null." }),
    text: z.string().meta({ description: 'The reference as plain text.' }),
    citation: CitationSchema.nullable(),
    fields: z.array(z.string()).meta({ description: 'Infobox fields that cite this reference.' }),
  })
  .meta({ description: 'A reference (footnote) of the article.' });
export type Reference = z.infer<typeof ReferenceSchema>;
