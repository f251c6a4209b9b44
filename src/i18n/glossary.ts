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
    // Microsoft's English UI and documentation spellings (reviews/accuracy.md, FACTS.md "Corrections and additions").
    required: [
      { term: 'connector', pattern: /connector/i },
      { term: 'non-delivery report (NDR)', pattern: /non-delivery report/i },
    ],
    forbidden: [
      { term: 'smarthost', pattern: /\b[Ss]marthosts?\b/, why: 'the term is "smart host" (two words, as in the EAC); "smarthost" only in keywords' },
      { term: 'Exchange Admin Center', pattern: /Exchange Admin Center/, why: 'Microsoft writes "Exchange admin center (EAC)"' },
      { term: 'non delivery report / nondelivery report', pattern: /\bnon ?delivery report/i, why: 'the term is "non-delivery report (NDR)"' },
      { term: 'Security & Compliance Center', pattern: /Security (?:&|and) Compliance Cent(?:er|re)/i, why: 'retired: the "Messages have been delayed" alert is in the Microsoft Defender portal' },
      { term: 'Mail flow insights as the Queued messages report', pattern: /Mail flow insights\W{0,6}\s*\(?the \*{0,2}Queued messages/i, why: 'the Queued messages report is a mail flow report; "Mail flow insights" is another dashboard' },
    ],
  },
  pl: {
    // Settled from reviews/polish.md (December 2026); Microsoft's own Polish labels where its pl-PL docs show them.
    required: [
      { term: 'łącznik', pattern: /łącznik/i },
      { term: 'raport o niedostarczeniu (NDR)', pattern: /raport\p{L}* o niedostarczeniu/iu },
    ],
    forbidden: [
      { term: 'Udano czas połączenia', pattern: /udano czas połączenia/i, why: 'seed mistake for "connection timed out"' },
      { term: 'inteligentny host', pattern: /inteligentn\w* host/i, why: 'the term is "host inteligentny"' },
      { term: 'konektor', pattern: /konektor/i, why: 'the term is "łącznik"' },
      { term: 'zaakceptowana domena → akceptowana domena', pattern: /(?<!za)akceptowan\w* domen/i, why: 'the term is "zaakceptowana domena"' },
      { term: 'firewall (alone)', pattern: /(?<![\w(#-])firewall(?![\w)-])(?!\s*\))/i, why: 'the term is "zapora sieciowa"; English only in parentheses, keywords or section ids (#cause-firewall)' },
      { term: 'zapora ogniowa', pattern: /zapor\p{L}* ogniow/iu, why: 'the term is "zapora sieciowa" (after the first mention in a section, "zapora")' },
      { term: 'analiza SMTP', pattern: /\banaliz(?:a|y|ie|ę|ą)\s+(?:ruchu\s+)?SMTP/iu, why: 'the term is "inspekcja SMTP"; "analiza" is taken by "analiza przepływu poczty" (mail flow intelligence). The verb ("analizuje ruch SMTP") may stay' },
      { term: 'inteligencja przepływu poczty', pattern: /inteligencj\p{L}* przepływu poczty/iu, why: 'mail flow intelligence is "analiza przepływu poczty"' },
      { term: 'unieważniony (certyfikat)', pattern: /unieważni/iu, why: 'a revoked certificate is "odwołany" (Windows: odwołanie certyfikatu, lista odwołania certyfikatów CRL)' },
      { term: 'certyfikat samopodpisany', pattern: /samopodpisan/iu, why: 'the term is "certyfikat z podpisem własnym" (Windows)' },
      { term: 'centrum certyfikacji', pattern: /centr\p{L}* certyfikacji/iu, why: 'the term is "urząd certyfikacji" (Windows)' },
      { term: 'zrestartuj / restart', pattern: /(?<![\p{L}-])z?restart(?!-)\p{L}*/iu, why: 'Windows and Microsoft 365 say "uruchom ponownie" / "ponowne uruchomienie"' },
      { term: 'Centrum administracyjne Microsoft 365', pattern: /centr\p{L}* administracyjn\p{L}* Microsoft 365/iu, why: 'Microsoft\'s Polish name is "Centrum administracyjne platformy Microsoft 365"' },
      { term: 'wiadomość zwrotna', pattern: /wiadomo\p{L}* zwrotn/iu, why: 'a bounce is "wiadomość zwrócona" (Microsoft\'s NDR article); "zwrotna" reads as feedback or reply' },
      { term: 'raport o niedoręczeniu', pattern: /niedoręcz/iu, why: 'the term is "raport o niedostarczeniu (NDR)"' },
      { term: 'śledzenie komunikatów', pattern: /śledzeni\p{L}* komunikat/iu, why: 'Microsoft\'s label is "Śledzenie wiadomości" (Message trace)' },
      { term: 'zakolejkowana wiadomość', pattern: /zakolejkowan/iu, why: 'the term is "w kolejce"' },
      { term: '„Autorytatywna” as the label', pattern: /(?:\*\*|„)Autorytatywn(?:a|ą|ej)(?:\*\*|”)/u, why: 'Microsoft\'s Polish domain-type value is "Autorytatywny" (agrees with "typ domeny"); the adjective "domena autorytatywna" in running text may stay' },
      { term: 'Zweryfikuj ten łącznik', pattern: /zweryfikuj ten łącznik/iu, why: 'unconfirmed label; Microsoft\'s Polish docs say "sprawdzanie poprawności łącznika": write "sprawdzenie poprawności łącznika (**Validate this connector**)"' },
      { term: 'przycisk Napraw teraz', pattern: /przycisk\p{L}*\s+(?:\*\*|„)?Napraw teraz/iu, why: 'Microsoft calls "Napraw teraz" (Fix now) a link' },
      { term: 'dostawca usług hostingu DNS', pattern: /usług\p{L}* hostingu DNS/iu, why: 'the term is "dostawca hostingu DNS"' },
      { term: 'przetłumaczyć nazwę na adres', pattern: /przetłumacz\p{L}* na adres/iu, why: 'calque of "translate"; names are "rozpoznawane" (rozpoznawanie nazw)' },
      { term: 'Daj Microsoft 365 (czas)', pattern: /\bdaj(?:cie)? Microsoft 365/iu, why: 'calque of "give it an hour"; write "odczekaj"' },
      { term: 'Twoja lokalizacja (site)', pattern: /Twoj\p{L}* lokalizacj/iu, why: 'calque of "site"; the term is "środowisko lokalne"' },
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
