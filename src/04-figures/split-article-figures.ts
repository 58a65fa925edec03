// Stage 4 (figures): an interpreted article → the Conflict's fields, every strength and casualties value split
// into figures.
import type { Context } from '../_lib/context.js';
import type { FigureField, InterpretedArticle, InterpretedSide } from '../_lib/interpreted-article.js';
import type { Conflict, Side } from '../model/conflict.js';
import type { Figures } from '../model/figure.js';
import { splitFigures } from './split-figures.js';

type Split = (field: FigureField) => Figures;

function mapFigureFields({ parties, ...article }: InterpretedArticle, split: Split): Omit<Conflict, 'warnings'> {
  const slot = (field: FigureField | null): Figures | null => (field === null ? null : split(field));
  const side = (s: InterpretedSide): Side => ({
    ...s,
    strength: slot(s.strength),
    polStrength: slot(s.polStrength),
    milStrength: slot(s.milStrength),
    casualties: slot(s.casualties),
  });
  return { ...article, sides: article.sides.map(side), otherCasualties: slot(article.otherCasualties) };
}

/**
 * Splits each strength and casualties value of the article into figures; every side's figures know all the
 * article's party names, so `(X)` reads as an attribution to party X.
 * @example splitArticleFigures(interpretArticle(raw, ctx), ctx).sides[0]?.casualties?.figures[0]?.kind // 'wounded'
 */
export function splitArticleFigures(article: InterpretedArticle, ctx: Context): Omit<Conflict, 'warnings'> {
  const { parties } = article;
  return mapFigureFields(article, (f) => ({
    text: f.text,
    figures: splitFigures(f.value, { mode: f.mode, parties, field: f.field }, ctx),
  }));
}

/**
 * The article with its strength and casualties texts and no figures: what is kept when splitting fails.
 * @example withoutFigures(article).sides[0]?.casualties // { text: '3 killed', figures: [] }
 */
export function withoutFigures(article: InterpretedArticle): Omit<Conflict, 'warnings'> {
  return mapFigureFields(article, (f) => ({ text: f.text, figures: [] }));
}
