// Clean service data: flag templates — a country name as text, or a flag anchor that prints nothing.
import { COUNTRY_CODES, countryName } from '../country-codes.js';
import { nodeOf } from '../../template-helpers.js';
import type { Emit, TemplateCall, TemplateRule } from '../../template-rule.js';

/** The country a flag template is about: its first parameter, codes spelled out. */
function country(call: TemplateCall): string {
  return countryName(call.text(1));
}

/** Flag + name: the name= override when given, else the country, linked to the country (the name is the anchor). */
function flagWithName(call: TemplateCall): Emit[] {
  const c = country(call);
  if (c === '') return [];
  const name = call.arg('name');
  return [{ flag: c }, { link: c, content: name !== undefined ? nodeOf(name) : [{ text: c }] }];
}

/** Flag only: an anchor, no text. */
function flagOnly(call: TemplateCall): Emit[] {
  const c = country(call);
  return c === '' ? [] : [{ flag: c }];
}

export const FLAG_RULES: TemplateRule[] = [
  {
    id: 'flag',
    names: [
      'flag',
      'flagcountry',
      'flag country',
      'flagu',
      'flagbig',
      'flagIOC',
      'flagIOC2',
      'flagcountry2',
      'flag2',
      'flagright',
      'flag link',
    ],
    handler: flagWithName,
    examples: [
      ['{{flag|France}}', 'France'],
      ['{{flag|Nazi Germany|name=Germany|1935}}', 'Germany'],
      ['{{flagcountry|USA}}', 'United States'],
      ['{{flagu|Kingdom of Italy}}', 'Kingdom of Italy'],
    ],
  },
  {
    id: 'flagicon',
    names: [
      'flagicon',
      'flag icon',
      'flagdeco',
      'flag deco',
      'flagicon2',
      'flagiconbig',
      'flagicon big',
      'flagsport',
      'flagathlete icon',
    ],
    handler: flagOnly,
    examples: [
      ['{{flagicon|Soviet Union|1923}} Red Army', 'Red Army'],
      ['{{Flagicon|Kingdom of Italy}} 114,000', '114,000'],
      ['{{flagdeco|United States|1912}}', ''],
    ],
  },
  {
    id: 'armed-service',
    // {{army|USA}}, {{navy|UK}}: country data prints a flag and the service's name, which needs data we do not
    // hold ("Royal Navy"); the country it belongs to is what the interpreter can use.
    names: ['army', 'navy', 'air force', 'marines', 'naval', 'naval ensign', 'coast guard', 'military'],
    handler: (call) => {
      const c = country(call);
      return c === '' ? [] : [{ flag: c }, { link: c, content: [{ text: c }] }];
    },
    examples: [['{{army|USA}}', 'United States']],
  },
  {
    id: 'flagicon-image',
    names: ['flagicon image', 'flag icon image', 'flagdeco image'],
    // The country is read from the file name: "Flag of the Habsburg Monarchy.svg" → "Habsburg Monarchy".
    handler: (call) => {
      const file = call
        .text(1)
        .replace(/^(file|image):/i, '')
        .replace(/\.[a-z]{3,4}$/i, '')
        .replace(/_/g, ' ');
      const c = file.replace(/^flag of (the )?/i, '').trim();
      return c === '' ? [] : [{ flag: c }];
    },
    examples: [['{{flagicon image|Flag of the Habsburg Monarchy.svg}} Austria', 'Austria']],
  },
  {
    id: 'country-data-shortcut',
    // {{FRA}}, {{USA}}: the country-data shortcuts print a flag and the country name.
    // {{AUT}} is left out: names are matched case-insensitively and {{aut}} is an author-name template.
    names: [...COUNTRY_CODES.keys()].filter((code) => code.length === 3 && code !== 'AUT'),
    handler: (call) => {
      const c = COUNTRY_CODES.get(call.name.toUpperCase()) ?? call.name.toUpperCase();
      return [{ link: c, content: [{ text: c }] }];
    },
    examples: [
      ['{{FRA}} 12 killed', 'France 12 killed'],
      ['{{URS}}', 'Soviet Union'],
    ],
  },
];
