// Stage 3 (interpret) data: the date forms we read, as token shapes with worked examples.
// Shape symbols: D day (1–31), M month, Y year (3+ digits, or any number with an era), YY two-digit year,
// I ISO date, – range mark (dash, slash, "to", "or" …), P present/ongoing, $ end of the text.
// The longest shape that matches wins, so order does not matter; a range's left end borrows the parts it
// lacks (month, year, era) from the right end. Qualifier words ("late", "c.", "spring", date-words.ts) may stand
// before any part and are left out; alternatives beside a range mark keep one side ("June/July 1098 – 1099").

export interface DateExample {
  text: string;
  start: string | null;
  end: string | null;
  ongoing?: boolean;
}

export interface DatePattern {
  id: string;
  shape: string;
  examples: DateExample[];
}

export const DATE_PATTERNS: readonly DatePattern[] = [
  {
    id: 'iso-date',
    shape: 'I',
    examples: [
      { text: '2013-11-08', start: '2013-11-08', end: '2013-11-08' },
      { text: '2013-11', start: '2013-11', end: '2013-11' },
    ],
  },
  {
    id: 'iso-range',
    shape: 'I – I',
    examples: [{ text: '2013-11-08 – 2013-11-10', start: '2013-11-08', end: '2013-11-10' }],
  },
  {
    id: 'year',
    shape: 'Y',
    examples: [
      { text: '2013', start: '2013', end: '2013' },
      { text: 'c. 490 BC', start: '-0489', end: '-0489' },
      { text: '1 BC', start: '0000', end: '0000' },
      { text: 'AD 9', start: '0009', end: '0009' },
      { text: 'Spring 1453', start: '1453', end: '1453' },
      { text: '251', start: '0251', end: '0251' },
    ],
  },
  {
    id: 'month-year',
    shape: 'M Y',
    examples: [
      { text: 'November 2013', start: '2013-11', end: '2013-11' },
      { text: 'mid-June 1942', start: '1942-06', end: '1942-06' },
      { text: 'Sept. 480 BCE', start: '-0479-09', end: '-0479-09' },
    ],
  },
  {
    id: 'day-month-year',
    shape: 'D M Y',
    examples: [
      { text: '8 November 2013', start: '2013-11-08', end: '2013-11-08' },
      { text: '2 September 31 BC', start: '-0030-09-02', end: '-0030-09-02' },
      { text: '12 September 490 BC', start: '-0489-09-12', end: '-0489-09-12' },
      { text: '1st of July 1916', start: '1916-07-01', end: '1916-07-01' },
      { text: "25 October 1415 (Saint Crispin's Day)", start: '1415-10-25', end: '1415-10-25' },
      { text: '13 August 1704 [O.S. 2 August]', start: '1704-08-13', end: '1704-08-13' },
      { text: '28 June [O.S. 17 June] 1651', start: '1651-06-28', end: '1651-06-28' },
      { text: '8\u00a0November\u00a02013', start: '2013-11-08', end: '2013-11-08' },
    ],
  },
  {
    id: 'month-day-year',
    shape: 'M D Y',
    examples: [
      { text: 'November 8, 2013', start: '2013-11-08', end: '2013-11-08' },
      { text: 'Nov. 8th, 2013', start: '2013-11-08', end: '2013-11-08' },
    ],
  },
  {
    id: 'year-range',
    shape: 'Y – Y',
    examples: [
      { text: '1914–1918', start: '1914', end: '1918' },
      { text: '1914-1918', start: '1914', end: '1918' },
      { text: '490 to 479 BC', start: '-0489', end: '-0478' },
      { text: '31 BC – AD 14', start: '-0030', end: '0014' },
    ],
  },
  {
    id: 'year-range-short',
    shape: 'Y – YY',
    examples: [
      { text: '1914–18', start: '1914', end: '1918' },
      { text: 'AD 60 or 61', start: '0060', end: '0061' },
      { text: 'Winter 1999–00', start: '1999', end: '2000' },
    ],
  },
  {
    id: 'month-range',
    shape: 'M – M Y',
    examples: [
      { text: 'July–August 1916', start: '1916-07', end: '1916-08' },
      { text: 'July or August, 251', start: '0251-07', end: '0251-08' },
      { text: 'August/September (Metageitnion), 490 BC', start: '-0489-08', end: '-0489-09' },
    ],
  },
  {
    id: 'month-year-range',
    shape: 'M Y – M Y',
    examples: [{ text: 'November 2013 – January 2014', start: '2013-11', end: '2014-01' }],
  },
  {
    id: 'day-range',
    shape: 'D – D M Y',
    examples: [
      { text: '8–10 November 2013', start: '2013-11-08', end: '2013-11-10' },
      { text: '20–21 October 1805 (Gregorian calendar)', start: '1805-10-20', end: '1805-10-21' },
      { text: 'Night of 17/18 June 1815', start: '1815-06-17', end: '1815-06-18' },
    ],
  },
  {
    id: 'day-range-month-first',
    shape: 'M D – D Y',
    examples: [{ text: 'July 1–3, 1863', start: '1863-07-01', end: '1863-07-03' }],
  },
  {
    id: 'day-month-range',
    shape: 'D M – D M Y',
    examples: [
      { text: '31 May – 1 June 1916', start: '1916-05-31', end: '1916-06-01' },
      { text: '13 August – 2 September 1644', start: '1644-08-13', end: '1644-09-02' },
    ],
  },
  {
    id: 'month-day-range',
    shape: 'M D – M D Y',
    examples: [{ text: 'July 1 – November 18, 1916', start: '1916-07-01', end: '1916-11-18' }],
  },
  {
    id: 'full-range',
    shape: 'D M Y – D M Y',
    examples: [
      { text: '1 July 1916 – 18 November 1916', start: '1916-07-01', end: '1916-11-18' },
      {
        text: '23 August 1942 – 2 February 1943\n(5 months, 1 week and 3 days)',
        start: '1942-08-23',
        end: '1943-02-02',
      },
      { text: '1 July 1916 to 18 November 1916', start: '1916-07-01', end: '1916-11-18' },
    ],
  },
  {
    id: 'full-range-month-first',
    shape: 'M D Y – M D Y',
    examples: [{ text: 'December 7, 1941 – September 2, 1945', start: '1941-12-07', end: '1945-09-02' }],
  },
  {
    id: 'month-year-to-year',
    shape: 'M Y – Y',
    examples: [{ text: 'June 1941 – 1944', start: '1941-06', end: '1944' }],
  },
  {
    id: 'year-to-month-year',
    shape: 'Y – M Y',
    examples: [{ text: '1941 – May 1945', start: '1941', end: '1945-05' }],
  },
  {
    id: 'month-year-to-day',
    shape: 'M Y – D M Y',
    examples: [{ text: 'September 1939 – 8 May 1945', start: '1939-09', end: '1945-05-08' }],
  },
  {
    id: 'month-year-to-day-month-first',
    shape: 'M Y – M D Y',
    examples: [{ text: 'September 1939 – May 8, 1945', start: '1939-09', end: '1945-05-08' }],
  },
  {
    id: 'day-to-month-year',
    shape: 'D M Y – M Y',
    examples: [{ text: '1 September 1939 – May 1945', start: '1939-09-01', end: '1945-05' }],
  },
  {
    id: 'day-month-first-to-month-year',
    shape: 'M D Y – M Y',
    examples: [{ text: 'September 1, 1939 – May 1945', start: '1939-09-01', end: '1945-05' }],
  },
  {
    id: 'day-month-to-month-year',
    shape: 'D M – M Y',
    examples: [
      { text: '12 March – April 1917', start: '1917-03-12', end: '1917-04' },
      { text: '12 March – late April 1917', start: '1917-03-12', end: '1917-04' },
    ],
  },
  {
    id: 'month-day-to-month-year',
    shape: 'M D – M Y',
    examples: [{ text: 'March 12 – early April 1917', start: '1917-03-12', end: '1917-04' }],
  },
  {
    id: 'month-to-day-month-year',
    shape: 'M – D M Y',
    examples: [{ text: 'late March – 9 April 1917', start: '1917-03', end: '1917-04-09' }],
  },
  {
    id: 'month-to-month-day-year',
    shape: 'M – M D Y',
    examples: [{ text: 'March – April 9, 1917', start: '1917-03', end: '1917-04-09' }],
  },
  {
    id: 'day-to-year',
    shape: 'D M Y – Y',
    examples: [{ text: '1 September 1939 – 1945', start: '1939-09-01', end: '1945' }],
  },
  {
    id: 'day-month-first-to-year',
    shape: 'M D Y – Y',
    examples: [{ text: 'September 1, 1939 – c. 1945', start: '1939-09-01', end: '1945' }],
  },
  {
    id: 'year-to-day',
    shape: 'Y – D M Y',
    examples: [{ text: 'mid-1939 – 8 May 1945', start: '1939', end: '1945-05-08' }],
  },
  {
    id: 'year-to-day-month-first',
    shape: 'Y – M D Y',
    examples: [{ text: '1939 – May 8, 1945', start: '1939', end: '1945-05-08' }],
  },
  {
    id: 'ongoing-since-year',
    shape: 'Y – P',
    examples: [
      { text: '2011 – present', start: '2011', end: null, ongoing: true },
      { text: '2011–ongoing', start: '2011', end: null, ongoing: true },
    ],
  },
  {
    id: 'ongoing-since-month',
    shape: 'M Y – P',
    examples: [{ text: 'March 2011 – present', start: '2011-03', end: null, ongoing: true }],
  },
  {
    id: 'ongoing-since-day',
    shape: 'D M Y – P',
    examples: [{ text: '15 March 2011 – present', start: '2011-03-15', end: null, ongoing: true }],
  },
  {
    id: 'ongoing-since-day-month-first',
    shape: 'M D Y – P',
    examples: [{ text: 'March 15, 2011 – present', start: '2011-03-15', end: null, ongoing: true }],
  },
  {
    id: 'open-ended-year',
    shape: 'Y – $',
    examples: [{ text: '2011–', start: '2011', end: null, ongoing: true }],
  },
  {
    id: 'ongoing',
    shape: 'P',
    examples: [{ text: 'Ongoing', start: null, end: null, ongoing: true }],
  },
];
