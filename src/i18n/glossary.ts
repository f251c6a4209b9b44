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
    // Settled Turkish terms (reviews/turkish.md §2 D, §3). Microsoft's own Turkish UI labels where the
    // review found them (tr-TR Microsoft docs), with the English label in parentheses on first use:
    // Şimdi düzelt (Fix now); Posta akışı > Bağlayıcılar (Mail flow > Connectors); Kimden / Kime (From / To);
    // Kuruluşunuzun e-posta sunucusu; Aç (Turn it on); İç Geçiş / Yetkili (Internal Relay / Authoritative);
    // Hedef sunucu; İleti izleme (Message trace); Posta akışı içgörüleri (Mail flow insights);
    // Kuyruğa alınan iletiler (Queued messages); İletiler geciktirildi (Messages have been delayed, an alert
    // policy in the Microsoft Defender portal, Uyarılar > Uyarı ilkeleri); Kuyruğu görüntüle (View queue);
    // Sistem durumu > Hizmet durumu (Health > Service health); Microsoft Uzaktan Bağlantı Çözümleyicisi;
    // Dizin Tabanlı Kenar Engelleme (DBEB); Karma Yapılandırma Sihirbazı (HCW).
    // Not confirmed in Turkish, so always with the English label: Bu bağlayıcıyı doğrula (Validate this
    // connector), Raporlar > Posta akışı (Reports > Mail flow), Beklemede / Teslim edildi (Pending / Delivered).
    // Running text: kılavuz (guide), akıllı konak (smart host; UI: akıllı ana bilgisayar), etki alanı (alan adı
    // glossed once), SMTP incelemesi (SMTP inspection), taşıma hizmeti (transport service), 25 numaralı TCP
    // bağlantı noktası, internet servis sağlayıcısı (İSS), köşeli ayraç, iç (kurumsal) sertifika yetkilisi,
    // SMTP oturumu (SMTP session), denetleyin (check), dâhil.
    required: [
      { term: 'bağlayıcı', pattern: /bağlayıcı/iu },
      { term: 'teslim edilemedi raporu (NDR)', pattern: /teslim edilemedi rapor/iu },
      { term: 'akıllı ana bilgisayar (Microsoft\'s UI label beside "akıllı konak")', pattern: /akıllı ana bilgisayar/iu },
    ],
    forbidden: [
      { term: 'Bağlantı zamanlandı', pattern: /bağlantı zamanlandı/iu, why: 'seed mistake for "connection timed out"' },
      { term: 'konnektör', pattern: /konnekt[öo]r/iu, why: 'the term is "bağlayıcı"' },
      { term: 'akıllı sunucu', pattern: /akıllı sunucu/iu, why: 'the term is "akıllı konak"' },
      { term: 'teslim edil iletisi', pattern: /teslim edil iletisi/iu, why: 'seed mistake; the term is "teslim edilemedi raporu (NDR)"' },
      { term: 'yerinde / şirket içinde olmayan', pattern: /\bon-premises\b(?![^(]*\))/iu, why: 'the term is "şirket içi"' },
      { term: 'rehber', pattern: /rehber/iu, why: 'the term is "kılavuz" (Microsoft\'s word, and the one the interface uses)' },
      { term: 'SMTP denetimi / paket denetimi', pattern: /(?:SMTP|paket) denetim/iu, why: 'the term is "SMTP incelemesi" (Microsoft: "SMTP paket inceleme kuralları")' },
      { term: 'aktarım hizmeti', pattern: /aktarım hizmet/iu, why: 'the term is "taşıma hizmeti" (Exchange transport service)' },
      { term: 'TCP 25 numaralı', pattern: /TCP 25 numaralı/iu, why: 'one word order: "25 numaralı TCP bağlantı noktası"' },
      { term: 'internet sağlayıcısı', pattern: /[iİ]nternet sağlayıcı/iu, why: 'the term is "internet servis sağlayıcısı (İSS)"' },
      { term: 'köşeli parantez', pattern: /köşeli parantez/iu, why: 'the term is "köşeli ayraç" (TDK; pairs with "açılı ayraç")' },
      { term: 'özel sertifika yetkilisi', pattern: /özel (?:bir )?sertifika yetkili/iu, why: '"özel" reads as "special": the term is "iç (kurumsal) sertifika yetkilisi"' },
      { term: 'Kuyruğa alınmış iletiler (as the report label)', pattern: /\*\*Kuyruğa alınmış iletiler/iu, why: 'Microsoft\'s label is "Kuyruğa alınan iletiler"; "kuyruğa alınmış" stays for running text' },
      { term: 'SMTP konuşması', pattern: /SMTP konuşma/iu, why: 'calque of "SMTP conversation": the term is "SMTP oturumu"' },
      { term: 'Bu neden geçerli(yse)', pattern: /bu neden geçerli/iu, why: 'calque of "this cause applies": write "Sorun buysa …"' },
      { term: 'nedeni işaret eder', pattern: /nedeni işaret/iu, why: '"işaret etmek" takes the dative: "nedene işaret eder"' },
      { term: 'kontrol edin', pattern: /kontrol\s+e[dt]/iu, why: 'one verb for "check": "denetleyin"' },
      { term: 'dahil', pattern: /(?<!\p{L})dahil/iu, why: 'TDK spelling: "dâhil"' },
      { term: 'paket bölünmesi', pattern: /paket bölün/iu, why: 'the networking term is "paket parçalanması"' },
      { term: 'Plan 1 ve Plan 2', pattern: /Plan 1 ve Plan 2/u, why: 'Microsoft\'s Turkish writes "plan 1 ve plan 2"' },
      { term: 'alert in the Microsoft 365 admin center', pattern: /yönetim merkezi(?:nde|ndeki)\s+(?:bir\s+)?uyarı/iu, why: 'the "İletiler geciktirildi" alert is in the Microsoft Defender portal (and sent by e-mail), not in the Microsoft 365 admin center' },
    ],
  },
};
