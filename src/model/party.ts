// Model: a combatant or commander named in a side's cell.
import { z } from 'zod';

export const PartySchema = z
  .object({
    name: z.string().meta({ description: 'The party as displayed (a link label, or plain text).' }),
    link: z.string().nullable().meta({ description: 'The page the name links to, or null.' }),
    flag: z.string().nullable().meta({ description: 'The country of a flag template beside the name, or null.' }),
    row: z.string().meta({ description: 'Which row of the side: "" for combatant1, "a" for combatant1a, …' }),
    group: z.string().nullable().meta({ description: 'The header the party stands under ("Supported by"), or null.' }),
    qualifier: z.string().nullable().meta({ description: 'A note attached to the party ("before 1776"), or null.' }),
  })
  .meta({ description: 'A combatant or commander.' });
export type Party = z.infer<typeof PartySchema>;
