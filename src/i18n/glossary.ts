/**
 * Terms per locale (from ../shared/FACTS.md): what a guide must call things,
 * and wordings that are ruled out (the seeds' mistakes and near-synonyms that
 * would break "one term for one thing"). The content tests enforce it.
 */
export interface Glossary {
  /** Each guide of the locale uses at least one of these stems somewhere. */
  readonly required: readonly { term: string; pattern: RegExp }[];
  /** No guide of the locale may contain these. */
  readonly forbidden: readonly { term: string; pattern: RegExp; why: string }[];
}

export const glossary: Record<string, Glossary> = {
  en: {
    required: [{ term: 'connector', pattern: /connector/i }],
    forbidden: [],
  },
  pl: {
    required: [{ term: 'łącznik', pattern: /łącznik/i }],
    forbidden: [
      { term: 'Udano czas połączenia', pattern: /udano czas połączenia/i, why: 'seed mistake for "connection timed out"' },
      { term: 'inteligentny host', pattern: /inteligentn\w* host/i, why: 'the term is "host inteligentny"' },
      { term: 'konektor', pattern: /konektor/i, why: 'the term is "łącznik"' },
      { term: 'zaakceptowana domena → akceptowana domena', pattern: /(?<!za)akceptowan\w* domen/i, why: 'the term is "zaakceptowana domena"' },
      { term: 'firewall (alone)', pattern: /(?<![\w(])firewall(?![\w)])(?!\s*\))/i, why: 'the term is "zapora sieciowa"; English only in parentheses or keywords' },
    ],
  },
  tr: {
    required: [{ term: 'bağlayıcı', pattern: /bağlayıcı/i }],
    forbidden: [
      { term: 'Bağlantı zamanlandı', pattern: /bağlantı zamanlandı/i, why: 'seed mistake for "connection timed out"' },
      { term: 'konnektör', pattern: /konnekt[öo]r/i, why: 'the term is "bağlayıcı"' },
      { term: 'akıllı sunucu', pattern: /akıllı sunucu/i, why: 'the term is "akıllı konak"' },
      { term: 'teslim edil iletisi', pattern: /teslim edil iletisi/i, why: 'seed mistake; the term is "teslim edilemedi raporu (NDR)"' },
      { term: 'yerinde / şirket içinde olmayan', pattern: /\bon-premises\b(?![^(]*\))/i, why: 'the term is "şirket içi"' },
    ],
  },
};
