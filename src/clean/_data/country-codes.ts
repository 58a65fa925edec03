// Clean service data: country codes that flag templates and country-data shortcuts ({{FRA}}) accept → country name.

/**
 * Code → name as Wikipedia's country data prints it. ISO 3166 alpha-3 codes plus the IOC/FIFA and
 * historical codes seen in flag templates ({{flagicon|USA}}, {{flag|URS}}).
 */
export const COUNTRY_CODES: ReadonlyMap<string, string> = new Map(
  (
    'AFG Afghanistan|ALB Albania|DZA Algeria|ALG Algeria|AND Andorra|AGO Angola|ANG Angola|ARG Argentina|' +
    'ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BAH Bahamas|BHR Bahrain|BRN Bahrain|' +
    'BGD Bangladesh|BAN Bangladesh|BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BHU Bhutan|' +
    'BOL Bolivia|BIH Bosnia and Herzegovina|BWA Botswana|BOT Botswana|BRA Brazil|BRU Brunei|BGR Bulgaria|' +
    'BUL Bulgaria|BFA Burkina Faso|BDI Burundi|KHM Cambodia|CAM Cambodia|CMR Cameroon|CAN Canada|' +
    'CAF Central African Republic|TCD Chad|CHA Chad|CHL Chile|CHI Chile|CHN China|PRC China|COL Colombia|' +
    'COD Democratic Republic of the Congo|DRC Democratic Republic of the Congo|COG Republic of the Congo|' +
    'CRI Costa Rica|CRC Costa Rica|CIV Ivory Coast|HRV Croatia|CRO Croatia|CUB Cuba|CYP Cyprus|' +
    'CZE Czech Republic|TCH Czechoslovakia|DNK Denmark|DEN Denmark|DJI Djibouti|DOM Dominican Republic|' +
    'ECU Ecuador|EGY Egypt|SLV El Salvador|ESA El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|' +
    'ETH Ethiopia|FJI Fiji|FIJ Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|GAM Gambia|GEO Georgia|' +
    'DEU Germany|GER Germany|FRG West Germany|GDR East Germany|DDR East Germany|GHA Ghana|GRC Greece|' +
    'GRE Greece|GTM Guatemala|GUA Guatemala|GIN Guinea|GUI Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|' +
    'HAI Haiti|HND Honduras|HON Honduras|HUN Hungary|ISL Iceland|IND India|IDN Indonesia|' +
    'INA Indonesia|IRN Iran|IRI Iran|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|' +
    'JOR Jordan|KAZ Kazakhstan|KEN Kenya|PRK North Korea|KOR South Korea|XKX Kosovo|KOS Kosovo|KWT Kuwait|' +
    'KUW Kuwait|KGZ Kyrgyzstan|LAO Laos|LVA Latvia|LAT Latvia|LBN Lebanon|LIB Lebanon|LSO Lesotho|' +
    'LBR Liberia|LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MKD North Macedonia|MDG Madagascar|' +
    'MAD Madagascar|MWI Malawi|MYS Malaysia|MAS Malaysia|MDV Maldives|MLI Mali|MLT Malta|MRT Mauritania|' +
    'MTN Mauritania|MUS Mauritius|MEX Mexico|MDA Moldova|MCO Monaco|MON Monaco|MNG Mongolia|MGL Mongolia|' +
    'MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar|NAM Namibia|NPL Nepal|NEP Nepal|NLD Netherlands|' +
    'NED Netherlands|NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria|NOR Norway|OMN Oman|PAK Pakistan|' +
    'PSE Palestine|PLE Palestine|PAN Panama|PNG Papua New Guinea|PRY Paraguay|PAR Paraguay|PER Peru|' +
    'PHL Philippines|PHI Philippines|POL Poland|PRT Portugal|POR Portugal|QAT Qatar|ROU Romania|ROM Romania|' +
    'RUS Russia|URS Soviet Union|USSR Soviet Union|RWA Rwanda|SAU Saudi Arabia|KSA Saudi Arabia|SEN Senegal|' +
    'SRB Serbia|SCG Serbia and Montenegro|YUG Yugoslavia|SLE Sierra Leone|SGP Singapore|SIN Singapore|' +
    'SVK Slovakia|SVN Slovenia|SLO Slovenia|SOM Somalia|ZAF South Africa|RSA South Africa|SSD South Sudan|' +
    'ESP Spain|LKA Sri Lanka|SRI Sri Lanka|SDN Sudan|SUD Sudan|SUR Suriname|SWE Sweden|CHE Switzerland|' +
    'SUI Switzerland|SYR Syria|TWN Taiwan|TPE Taiwan|TJK Tajikistan|TZA Tanzania|TAN Tanzania|THA Thailand|' +
    'TLS East Timor|TGO Togo|TOG Togo|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey|TKM Turkmenistan|' +
    'UGA Uganda|UKR Ukraine|ARE United Arab Emirates|UAE United Arab Emirates|GBR United Kingdom|' +
    'UK United Kingdom|USA United States|US United States|URY Uruguay|URU Uruguay|UZB Uzbekistan|' +
    'VEN Venezuela|VNM Vietnam|VIE Vietnam|YEM Yemen|ZMB Zambia|ZAM Zambia|ZWE Zimbabwe|ZIM Zimbabwe|' +
    'ENG England|SCO Scotland|WAL Wales|NIR Northern Ireland|EU European Union|UN United Nations|' +
    'CSA Confederate States of America|PRU Prussia|SAX Saxony|BAV Bavaria|OTT Ottoman Empire|RSFSR Russian SFSR'
  )
    .split('|')
    .map((pair): [string, string] => {
      const i = pair.indexOf(' ');
      return [pair.slice(0, i), pair.slice(i + 1)];
    }),
);

/**
 * The country a flag argument names: a known code becomes its name, anything else stays as written.
 * @example countryName('USA') // → 'United States'
 * @example countryName('Nazi Germany') // → 'Nazi Germany'
 */
export function countryName(arg: string): string {
  return COUNTRY_CODES.get(arg) ?? arg;
}
