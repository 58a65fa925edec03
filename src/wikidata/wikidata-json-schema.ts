// Wikidata: a JSON Schema (draft-07) of the document `--to wikidata-json` writes, its statements written from
// the Wikibase JSON format's documentation (docs/topics/json.md of the Wikibase repository; see docs/wikidata.md).

const PROPERTY_ID = '^P[1-9][0-9]*$';
const ITEM_ID = '^Q[1-9][0-9]*$';
const ENTITY_URI = '^http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*$';
/** "an arbitrary precision decimal string … always starts with a character indicating the sign". */
const DECIMAL = { type: 'string', pattern: '^[+-][0-9]+(\\.[0-9]+)?$' } as const;

const datavalue = {
  type: 'object',
  required: ['type', 'value'],
  properties: {
    type: { enum: ['string', 'wikibase-entityid', 'quantity', 'time', 'monolingualtext', 'globecoordinate'] },
  },
  allOf: [
    { if: { properties: { type: { const: 'string' } } }, then: { properties: { value: { type: 'string' } } } },
    {
      if: { properties: { type: { const: 'wikibase-entityid' } } },
      then: {
        properties: {
          value: {
            type: 'object',
            required: ['entity-type', 'id'],
            properties: {
              'entity-type': { const: 'item' },
              id: { type: 'string', pattern: ITEM_ID },
              'numeric-id': { type: 'integer', minimum: 1 },
            },
            additionalProperties: false,
          },
        },
      },
    },
    {
      if: { properties: { type: { const: 'quantity' } } },
      then: {
        properties: {
          value: {
            type: 'object',
            required: ['amount', 'unit'],
            properties: {
              amount: DECIMAL,
              upperBound: DECIMAL,
              lowerBound: DECIMAL,
              unit: { anyOf: [{ const: '1' }, { type: 'string', pattern: ENTITY_URI }] },
            },
            // "If the upperBound field is given, the lowerBound field must also be given" (and the reverse).
            dependencies: { upperBound: ['lowerBound'], lowerBound: ['upperBound'] },
            additionalProperties: false,
          },
        },
      },
    },
    {
      if: { properties: { type: { const: 'time' } } },
      then: {
        properties: {
          value: {
            type: 'object',
            required: ['time', 'timezone', 'before', 'after', 'precision', 'calendarmodel'],
            properties: {
              time: { type: 'string', pattern: '^[+-][0-9]{4,}-[0-9]{2}-[0-9]{2}T00:00:00Z$' },
              timezone: { type: 'integer' },
              before: { type: 'integer', minimum: 0 },
              after: { type: 'integer', minimum: 0 },
              precision: { type: 'integer', minimum: 0, maximum: 14 },
              calendarmodel: { type: 'string', pattern: ENTITY_URI },
            },
            additionalProperties: false,
          },
        },
      },
    },
    {
      if: { properties: { type: { const: 'monolingualtext' } } },
      then: {
        properties: {
          value: {
            type: 'object',
            required: ['text', 'language'],
            properties: { text: { type: 'string' }, language: { type: 'string', minLength: 1 } },
            additionalProperties: false,
          },
        },
      },
    },
  ],
} as const;

/** The value type each snak datatype uses (a URL is a `string` value, an item a `wikibase-entityid`). */
const DATATYPE_VALUE_TYPE: Record<string, string> = {
  quantity: 'quantity',
  'wikibase-item': 'wikibase-entityid',
  time: 'time',
  url: 'string',
  string: 'string',
  'external-id': 'string',
  monolingualtext: 'monolingualtext',
};

const snak = {
  type: 'object',
  required: ['snaktype', 'property'],
  properties: {
    snaktype: { enum: ['value', 'somevalue', 'novalue'] },
    property: { type: 'string', pattern: PROPERTY_ID },
    datatype: { type: 'string' },
    datavalue,
    hash: { type: 'string' },
  },
  additionalProperties: false,
  allOf: [
    // "If the snaktype is value, there is a datavalue field"; somevalue and novalue have none.
    {
      if: { properties: { snaktype: { const: 'value' } } },
      then: { required: ['datavalue'] },
      else: { not: { required: ['datavalue'] } },
    },
    ...Object.entries(DATATYPE_VALUE_TYPE).map(([datatype, type]) => ({
      if: { required: ['datatype', 'datavalue'], properties: { datatype: { const: datatype } } },
      then: { properties: { datavalue: { properties: { type: { const: type } } } } },
    })),
  ],
} as const;

const snakMap = {
  type: 'object',
  propertyNames: { pattern: PROPERTY_ID },
  additionalProperties: { type: 'array', minItems: 1, items: snak },
} as const;
const order = { type: 'array', items: { type: 'string', pattern: PROPERTY_ID }, uniqueItems: true } as const;

const statement = {
  type: 'object',
  required: ['mainsnak', 'type', 'rank'],
  properties: {
    id: { type: 'string' },
    mainsnak: snak,
    type: { const: 'statement' },
    rank: { enum: ['preferred', 'normal', 'deprecated'] },
    qualifiers: snakMap,
    'qualifiers-order': order,
    references: {
      type: 'array',
      items: {
        type: 'object',
        required: ['snaks'],
        properties: { hash: { type: 'string' }, snaks: snakMap, 'snaks-order': order },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

/**
 * The JSON Schema of a `--to wikidata-json` document: `claims` holds Wikibase statements grouped by property
 * (the shape of an entity's `claims`), `pending` the statements still waiting for an item id, `skipped` the
 * figures left out. What JSON Schema cannot say (a statement's main snak is about the property it is listed
 * under; an order lists exactly the properties present) the tests check apart.
 * @example new Ajv().compile(WIKIDATA_JSON_SCHEMA)(toWikidataJson(result)) // true
 */
export const WIKIDATA_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'wikiconflict Wikidata statements',
  type: 'object',
  required: ['title', 'item', 'claims', 'pending', 'skipped'],
  properties: {
    title: { type: 'string' },
    item: { anyOf: [{ type: 'null' }, { type: 'string', pattern: ITEM_ID }] },
    claims: {
      type: 'object',
      propertyNames: { pattern: PROPERTY_ID },
      additionalProperties: { type: 'array', minItems: 1, items: statement },
    },
    pending: {
      type: 'array',
      items: {
        type: 'object',
        required: ['statement', 'unresolved'],
        properties: {
          statement,
          unresolved: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['at', 'label'],
              properties: { at: { type: 'string' }, label: { type: 'string' } },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'index', 'text', 'kind', 'reason'],
        properties: {
          field: { type: 'string' },
          index: { type: 'integer', minimum: 0 },
          text: { type: 'string' },
          kind: { type: 'string' },
          reason: { type: 'string', minLength: 1 },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;
