// Wikitext parser data: named HTML character references that wikitext uses (the HTML 4 set plus common HTML 5 names).

/**
 * Entity name → code point. Space-like entities map to a plain space because every line is
 * whitespace-normalised afterwards (`&nbsp;` between a number and its unit must not glue them).
 */
export const HTML_ENTITIES: ReadonlyMap<string, number> = new Map(
  // Space-like and invisible characters first: they are the ones that matter most in infoboxes.
  (
    'nbsp:32 ensp:32 emsp:32 thinsp:32 zwnj:0 zwj:0 lrm:0 rlm:0 shy:0 ' +
    'quot:34 amp:38 apos:39 lt:60 gt:62 iexcl:161 cent:162 pound:163 curren:164 yen:165 brvbar:166 sect:167 ' +
    'uml:168 copy:169 ordf:170 laquo:171 not:172 reg:174 macr:175 deg:176 plusmn:177 sup2:178 sup3:179 acute:180 ' +
    'micro:181 para:182 middot:183 cedil:184 sup1:185 ordm:186 raquo:187 frac14:188 frac12:189 frac34:190 ' +
    'iquest:191 Agrave:192 Aacute:193 Acirc:194 Atilde:195 Auml:196 Aring:197 AElig:198 Ccedil:199 Egrave:200 ' +
    'Eacute:201 Ecirc:202 Euml:203 Igrave:204 Iacute:205 Icirc:206 Iuml:207 ETH:208 Ntilde:209 Ograve:210 ' +
    'Oacute:211 Ocirc:212 Otilde:213 Ouml:214 times:215 Oslash:216 Ugrave:217 Uacute:218 Ucirc:219 Uuml:220 ' +
    'Yacute:221 THORN:222 szlig:223 agrave:224 aacute:225 acirc:226 atilde:227 auml:228 aring:229 aelig:230 ' +
    'ccedil:231 egrave:232 eacute:233 ecirc:234 euml:235 igrave:236 iacute:237 icirc:238 iuml:239 eth:240 ' +
    'ntilde:241 ograve:242 oacute:243 ocirc:244 otilde:245 ouml:246 divide:247 oslash:248 ugrave:249 uacute:250 ' +
    'ucirc:251 uuml:252 yacute:253 thorn:254 yuml:255 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 ' +
    'fnof:402 circ:710 tilde:732 Alpha:913 Beta:914 Gamma:915 Delta:916 Epsilon:917 Zeta:918 Eta:919 Theta:920 ' +
    'Iota:921 Kappa:922 Lambda:923 Mu:924 Nu:925 Xi:926 Omicron:927 Pi:928 Rho:929 Sigma:931 Tau:932 ' +
    'Upsilon:933 Phi:934 Chi:935 Psi:936 Omega:937 alpha:945 beta:946 gamma:947 delta:948 epsilon:949 zeta:950 ' +
    'eta:951 theta:952 iota:953 kappa:954 lambda:955 mu:956 nu:957 xi:958 omicron:959 pi:960 rho:961 sigmaf:962 ' +
    'sigma:963 tau:964 upsilon:965 phi:966 chi:967 psi:968 omega:969 thetasym:977 upsih:978 piv:982 ' +
    'ndash:8211 mdash:8212 horbar:8213 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 ' +
    'dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 ' +
    'oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 real:8476 trade:8482 alefsym:8501 larr:8592 ' +
    'uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 rArr:8658 dArr:8659 hArr:8660 ' +
    'forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 notin:8713 ni:8715 prod:8719 sum:8721 ' +
    'minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 and:8743 or:8744 cap:8745 cup:8746 ' +
    'int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ge:8805 sub:8834 sup:8835 ' +
    'nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 lceil:8968 rceil:8969 ' +
    'lfloor:8970 rfloor:8971 lang:9001 rang:9002 loz:9674 spades:9824 clubs:9827 hearts:9829 diams:9830 ' +
    // HTML 5 names seen in wiki markup.
    'lsqb:91 rsqb:93 lbrack:91 rbrack:93 verbar:124 vert:124 lowbar:95 colon:58 semi:59 comma:44 period:46 ' +
    'excl:33 quest:63 num:35 dollar:36 percnt:37 ast:42 plus:43 equals:61 sol:47 bsol:92 lpar:40 rpar:41 ' +
    'lcub:123 rcub:125 lbrace:123 rbrace:125 grave:96 Hat:94 half:189 dash:8208 hyphen:8208 nbhy:8209 ' +
    'numsp:32 puncsp:32 hairsp:32 MediumSpace:32 NoBreak:0 ZeroWidthSpace:0 check:10003 cross:10007 ' +
    'star:9734 starf:9733 male:9794 female:9792 frac13:8531 frac23:8532 frac15:8533 frac18:8539 frac38:8540 ' +
    'frac58:8541 frac78:8542 approx:8776 pm:177 trade:8482 TRADE:8482 COPY:169 REG:174 AMP:38 QUOT:34 LT:60 GT:62'
  )
    .split(' ')
    .map((pair): [string, number] => {
      const i = pair.indexOf(':');
      return [pair.slice(0, i), Number(pair.slice(i + 1))];
    }),
);
