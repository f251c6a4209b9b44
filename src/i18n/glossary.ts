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
      { term: 'alert in the Microsoft 365 admin center', pattern: /alert\w*\s+(?:in|from|of)\s+the\s+Microsoft 365 admin center/i, why: 'the "Messages have been delayed" alert policy is in the Microsoft Defender portal (and e-mails the admins); the Queued messages report is in the EAC' },
      { term: 'Fix now keeps you under the quota', pattern: /keeps?\s+(?:you|your organization|the organization)\s+under/i, why: 'FACTS.md: rejecting at once only lowers the risk of going over the quota for invalid recipients' },
    ],
  },
  pl: {
    // Settled from reviews/polish.md (December 2026); Microsoft's own Polish labels where its pl-PL docs show them.
    // Not in FACTS.md or the reviews, settled from Microsoft's pl-PL doc sources (the repositories
    // dragonix-11/microsoft-365-docs-pr.pl-PL and isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL, machine and
    // human translations of 2020-2022; the live Polish UI was not seen): tenant = dzierżawa ("Plan dzierżawy dla
    // platformy Microsoft 365"); throttling = ograniczanie przepustowości ("Zasady ograniczania na platformie
    // Microsoft 365", HT); journaling = rejestrowanie w dzienniku, with reguła dziennika (journal rule), raport
    // dziennika, skrzynka pocztowa dziennika ("Zarządzanie dziennikami", "Tworzenie reguły dziennika"). Microsoft's
    // Polish has no separate noun for journaling ("Konfigurowanie dziennika"), so the process name is ours.
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
      { term: 'unieważniony (certyfikat)', pattern: /unieważni(?!\p{L}*\s+(?:cyfrowy\s+)?podpis)/iu, why: 'a revoked certificate is "odwołany" (Windows: odwołanie certyfikatu, lista odwołania certyfikatów CRL); "unieważnić podpis" (a change that breaks a DKIM or S/MIME signature) is another thing and may stay' },
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
      { term: 'Napraw teraz: nie przekroczy limitu', pattern: /(?<!\p{L})nie przekroczy\p{L}*\s+(?:\p{L}+\s+){0,2}limit/iu, why: 'FACTS.md: rejecting at once only lowers the risk of going over the quota ("zmniejsza ryzyko przekroczenia limitu")' },
      { term: 'alert w centrum administracyjnym', pattern: /alerc\p{L}*\s+w\s+centrum administracyjn/iu, why: 'the alert policy „Wiadomości zostały opóźnione” (Messages have been delayed) is in the Microsoft Defender portal (and sent by e-mail); the Queued messages report is in the EAC' },
      { term: 'tenant (alone) / najemca / dzierżawca', pattern: /(?<![\p{L}(])tenant(?![\p{L})]|\s+Allow\/Block)|najemc|dzierżawc/iu, why: 'a tenant is "dzierżawa" (Microsoft\'s pl-PL docs: "Plan dzierżawy dla platformy Microsoft 365"); "dzierżawca" is the lessee. English only as a gloss "(tenant)" or in names (Tenant Allow/Block List)' },
      { term: 'ograniczanie ruchu / dławienie (throttling)', pattern: /ograniczani\p{L}* ruchu|dławieni|(?<![\p{L}(-])throttl/iu, why: 'throttling is "ograniczanie przepustowości" (Microsoft\'s pl-PL "Zasady ograniczania na platformie Microsoft 365": "używa ograniczania przepustowości")' },
      { term: 'kronikowanie / dziennikowanie / journaling (alone)', pattern: /kronikowa|dziennikowa|(?<![\p{L}(-])journaling(?![\p{L})]|\s+Archive)/iu, why: 'journaling is "rejestrowanie w dzienniku"; Microsoft\'s pl-PL: "reguła dziennika" (journal rule), "raport dziennika", "skrzynka pocztowa dziennika". English only as a gloss "(journaling)" or in the feature name Journaling Archive' },
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
    // Not in FACTS.md or the review, settled from Microsoft's tr-TR doc sources (KaganCanSit/microsoft-365-docs-pr.tr-TR,
    // isabella232/OfficeDocs-AlchemyInsights-pr.tr-TR, 2020-2022; the live Turkish UI was not seen): tenant = kiracı
    // ("Microsoft 365 için kiracı yol haritası"); throttling = kısıtlama ("Microsoft 365 kısıtlama ilkeleri", HT);
    // journaling = günlük kaydı, with günlük kuralı (journal rule), günlük raporu, günlük posta kutusu ("Günlüğü
    // yönetme", "Günlük kuralı oluşturma"). "günlük" is also a log, so journaling always carries "(journaling)" and
    // protocol logging is "protokol günlüğü".
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
      { term: 'Şimdi düzelt: kotayı aşmaz', pattern: /kota\p{L}*\s+(?:altında\s+tut|aşmaz)/iu, why: 'FACTS.md: rejecting at once only lowers the risk of going over the quota ("kotayı aşma riski azalır")' },
      { term: 'tenant (alone)', pattern: /(?<![\p{L}(])tenant(?![\p{L})]|\s+Allow\/Block)/iu, why: 'a tenant is "kiracı" (Microsoft\'s tr-TR docs: "Microsoft 365 için kiracı yol haritası"). English only as a gloss "(tenant)" or in names (Tenant Allow/Block List)' },
      { term: 'hız kısıtlaması / azaltma (throttling)', pattern: /hız kısıtlama|azaltma ilke|(?<![\p{L}(-])throttl/iu, why: 'throttling is "kısıtlama" (Microsoft\'s tr-TR "Microsoft 365 kısıtlama ilkeleri"); a rate limit ("alıcı hız sınırı") is another thing' },
      { term: 'günlük kaydı kuralı / günlük kaydı for logging / journaling (alone)', pattern: /günlük kaydı kural|günlük kayd\p{L}*(?![\p{L}\s]*\(journaling\))|(?<![\p{L}(-])journaling(?![\p{L})]|\s+Archive)/iu, why: 'journaling is "günlük kaydı (journaling)", always with the gloss, because "günlük" is also a log; Microsoft\'s tr-TR: "günlük kuralı" (journal rule), "günlük raporu", "günlük posta kutusu". Protocol logging is "protokol günlüğü"' },
    ],
  },
};
