// Model: the article's heading tree as plain-text paragraphs.
import { z } from 'zod';

export interface Section {
  title: string;
  level: number;
  paragraphs: string[];
  sections: Section[];
}

export const SectionSchema: z.ZodType<Section> = z
  .object({
    title: z.string(),
    level: z.number().int().min(1).max(6).meta({ description: '2 for ==, 3 for ===, …' }),
    paragraphs: z
      .array(z.string())
      .meta({ description: 'Plain-text paragraphs; a prose list is one paragraph of lines.' }),
    get sections() {
      return z.array(SectionSchema);
    },
  })
  .meta({ id: 'Section', description: 'A section and its subsections.' });
