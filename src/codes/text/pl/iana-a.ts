/** Registry texts (pl): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.0.0': {
    title: 'Stan nieokreślony',
    meaning:
      'Serwer, który wysłał tę odpowiedź, informuje tylko, czy to sukces, błąd przejściowy czy trwały, i nie podaje ani obszaru, ani szczegółu. Wszystko, co przydatne, znajduje się w tekście za kodem.',
    causes: [
      'Serwer odbiorczy albo filtr lub brama przed nim stosuje X.0.0 dla każdej odpowiedzi, dla której nie ma konkretnego kodu.',
      'Zasady lub filtr antyspamowy po stronie adresata odrzuciły wiadomość i celowo nie ujawniają dokładnej przyczyny.',
      'Aplikacja lub skrypt utworzyły własną odpowiedź i wstawiły do niej ogólny kod.',
    ],
    steps: [
      'Przeczytaj cały wiersz odpowiedzi w raporcie o niedostarczeniu (NDR) albo w śledzeniu wiadomości (`Get-MessageTraceDetailV2`): słowa za kodem zwykle nazywają problem.',
      'Sprawdź, który serwer wysłał odpowiedź (host podany w informacjach diagnostycznych raportu NDR), aby ustalić, po czyjej stronie leży problem.',
      'Jeśli tekst niczego nie wyjaśnia, wyślij administratorowi adresata cały wiersz z datą i godziną: przyczynę pokażą tylko jego dzienniki.',
    ],
    classNotes: {
      '2': 'Kod 2.0.0 oznacza po prostu sukces: wiele serwerów potwierdza przyjęcie wiadomości odpowiedzią `250 2.0.0 OK`. Nie ma czego naprawiać.',
      '4': 'Przy kodzie 4.0.0 serwer nadawcy trzyma wiadomość w kolejce i ponawia próby; raport NDR powstaje dopiero po upływie okresu ponawiania prób.',
      '5': 'Przy kodzie 5.0.0 wiadomość została odrzucona na stałe: ponowne wysłanie jej bez zmian skończy się tak samo.',
    },
  },
  'X.1.0': {
    title: 'Problem z adresem',
    meaning:
      'Wiadomość zatrzymał jakiś problem z adresem nadawcy lub adresata, a serwer nie podał dokładniejszego kodu. W Exchange Online zwykle ma postać `550 5.1.0 Sender denied` i oznacza, że adresu nie udało się rozpoznać albo został odrzucony.',
    causes: [
      'Odpowiedź na wiadomość zapisaną jako plik i otwartą gdzie indziej: zamiast adresu SMTP zawiera wewnętrzny adres Exchange (legacyExchangeDN), którego nie da się odnaleźć.',
      'Adres opakowany przez starszą bramę lub narzędzie do migracji (zaczyna się od `IMCEA`), który już do nikogo nie prowadzi.',
      'Serwer adresata odrzuca nadawcę, np. z powodu błędnego rekordu SPF domeny nadawcy (`SPF Permanent Error`: dwa rekordy SPF, za dużo zapytań DNS) albo dlatego, że nadawca jest na jego liście blokowanych.',
    ],
    steps: [
      'Porównaj adres z raportu NDR z tym, który nadawca miał na myśli: szukaj przedrostka `IMCEA`, ciągu X.500 albo literówki.',
      'Poproś nadawcę o napisanie nowej wiadomości i ponowne wpisanie adresu (ręcznie lub z książki adresowej) zamiast odpowiadania na stary element.',
      'Jeśli tekst wspomina o SPF, odczytaj rekord SPF swojej domeny (`Resolve-DnsName -Type TXT <domain>`) i popraw jego składnię tak, aby został tylko jeden rekord.',
      'Jeśli odrzuca Cię serwer adresata, zapytaj jego administratora, czy Twój adres lub domena nie są tam zablokowane.',
    ],
    classNotes: {
      '4': 'Kod 4.1.0 zdarza się rzadko: serwer nadawcy ponawia próby, a przyczyną jest zwykle chwilowo nieudane wyszukiwanie po stronie adresata.',
      '5': 'Przy kodzie 5.1.0 próby nie są ponawiane: popraw adres i wyślij nową wiadomość.',
    },
  },
  'X.1.1': {
    title: 'Adres adresata nie istnieje',
    meaning:
      'System odbiorczy nie ma skrzynki pocztowej dla części adresu przed znakiem @: domena jest właściwa, ale takiego użytkownika w niej nie ma. Exchange zapisuje to jako `RESOLVER.ADR.RecipNotFound` dla adresu SMTP i `RESOLVER.ADR.ExRecipNotFound` dla wewnętrznego adresu Exchange.',
    causes: [
      'Literówka albo nieaktualny adres: osoba odeszła, a skrzynkę usunięto lub przemianowano.',
      'Nieaktualny wpis na liście autouzupełniania programu Outlook ze starym adresem wewnętrznym adresata, zwykle po przeniesieniu skrzynki między lokalnym serwerem Exchange a Exchange Online; raport NDR pokazuje wtedy adres `IMCEAEX`.',
      'Reguła przekazywania, reguła skrzynki odbiorczej lub reguła przepływu poczty u adresata, która wysyła kopie na adres, który już nie istnieje.',
      'We własnej domenie: adresat istnieje tylko lokalnie, a zaakceptowana domena jest Autorytatywna (Authoritative), albo synchronizacja katalogów nie utworzyła go jeszcze w Exchange Online.',
    ],
    steps: [
      'Porównaj adres z raportu NDR znak po znaku z tym, który nadawca miał na myśli; jeśli różni się od kopii w folderze Elementy wysłane, po drodze zmieniła go reguła przekazywania.',
      'Przy nieaktualnym wpisie autouzupełniania poproś nadawcę, aby usunął podpowiedź i wpisał cały adres ręcznie.',
      'Jeśli raport NDR pokazuje adres `IMCEAEX` użytkownika, który nadal istnieje, dodaj ten stary adres do użytkownika jako adres proxy X500 (`Set-Mailbox <user> -EmailAddresses @{Add="X500:<legacyExchangeDN>"}`; dla użytkownika synchronizowanego w lokalnej usłudze Active Directory).',
      'We własnej domenie potwierdź istnienie adresata poleceniem `Get-Recipient <address>`, a typ domeny poleceniem `Get-AcceptedDomain`.',
    ],
    classNotes: {
      '4': 'Kod 4.1.1 jest nietypowy: niektóre serwery zwracają go, gdy ich katalog jest chwilowo niedostępny, a serwer nadawcy ponawia próby. Jeśli stan utrzyma się do końca okresu ponawiania prób, zamieni się w 5.1.1.',
      '5': 'Zwykła postać. Próby nie są ponawiane: popraw adres lub katalog i wyślij wiadomość ponownie. Nadawcy spoza organizacji, którzy piszą na nieistniejący adres w domenie Autorytatywnej (Authoritative) w Exchange Online, dostają zamiast tego kod 5.4.1.',
    },
  },
  'X.1.2': {
    title: 'Domena adresata nie przyjmuje poczty',
    meaning:
      'Część adresu po znaku @ nie nadaje się do poczty: domena nie istnieje albo istnieje, ale nie wskazuje żadnego serwera poczty. Exchange zapisuje to jako `ROUTING.InvalidAddress`; domenę adresata, której w ogóle nie ma w DNS, Exchange Online zgłasza kodem 5.4.310.',
    causes: [
      'Literówka w domenie (`contoso.con`, brakująca litera, zła końcówka krajowa).',
      'Domena wygasła lub została porzucona, więc jej rekordy DNS zniknęły.',
      'Domena nie ma rekordu MX ani użytecznego rekordu adresu albo publikuje pusty rekord MX (null MX), który mówi, że nie przyjmuje poczty.',
    ],
    steps: [
      'Sprawdź pisownię domeny w raporcie NDR.',
      'Sprawdź serwery poczty domeny: `Resolve-DnsName -Type MX <domain>` (albo `nslookup -type=mx <domain>`).',
      'Jeśli domena jest zapisana poprawnie, ale nie ma rekordów poczty, zawiadom adresata innym kanałem: naprawić to może tylko on albo jego dostawca hostingu DNS.',
    ],
    classNotes: {
      '4': 'Kod 4.1.2 zwykle oznacza, że zapytanie DNS chwilowo się nie powiodło; serwer nadawcy ponawia próby do końca okresu ponawiania.',
      '5': 'Przy kodzie 5.1.2 domena zostaje uznana za niezdolną do odbioru poczty i próby nie są ponawiane.',
    },
  },
  'X.1.3': {
    title: 'Adres adresata ma błędny format',
    meaning:
      'Adres adresata nie jest zapisany zgodnie z zasadami budowy adresu, więc serwer odrzuca go, zanim zacznie kogokolwiek szukać. Wiele serwerów, w tym Exchange, odpowiada na błędne polecenie `RCPT TO` komunikatem `501 5.1.3 Invalid address`.',
    causes: [
      'Literówka lub błąd przy kopiowaniu: spacja, przecinek lub średnik w adresie, dwa znaki @, brak domeny.',
      'Aplikacja, skaner lub skrypt, które wysyłają nazwę wyświetlaną albo dodatkowe znaki jako część adresu.',
      'Znaki spoza ASCII w adresie wysłanym do serwera, który nie obsługuje adresów międzynarodowych (ten przypadek bywa też zgłaszany jako 5.6.7).',
    ],
    steps: [
      'Skopiuj adres adresata z raportu NDR i sprawdź każdy znak, także spacje na początku i na końcu.',
      'Jeśli wiadomość wysłała aplikacja, znajdź w jej dzienniku SMTP dokładny wiersz `RCPT TO` i popraw adres w jej ustawieniach.',
      'Jeśli adres jest zapisany w kontakcie lub grupie w Twojej dzierżawie, popraw go tam (`Get-MailContact <name> | Format-List ExternalEmailAddress`, `Get-DistributionGroupMember <group>`).',
    ],
    classNotes: {
      '4': 'Kod 4.1.3 zdarza się rzadko, bo źle zapisany adres sam się nie poprawi: traktuj go jak błąd trwały.',
      '5': 'Przy kodzie 5.1.3 próby nie są ponawiane: popraw adres i wyślij wiadomość ponownie.',
    },
  },
  'X.1.4': {
    title: 'Adres pasuje do kilku adresatów',
    meaning:
      'System odbiorczy znalazł dla tego adresu więcej niż jednego adresata i nie będzie zgadywać, o którego chodzi. Exchange zgłasza to jako `RESOLVER.ADR.Ambiguous`, gdy dwa obiekty w katalogu mają ten sam adres.',
    causes: [
      'Dwa obiekty (skrzynka pocztowa, użytkownik poczty, kontakt, grupa, folder publiczny) mają ten sam adres SMTP lub adres proxy X500, często pozostałość po migracji albo ponownie utworzonym koncie.',
      'We wdrożeniu hybrydowym adres przypisano jednocześnie obiektowi lokalnemu i obiektowi w chmurze.',
      'W innych systemach: serwer, który dopasowuje adresy luźno (po nazwie lub aliasie) i znajduje kilku kandydatów.',
    ],
    steps: [
      'Jeśli adres należy do Twojej dzierżawy, wyszukaj wszystkie obiekty, które go mają: `Get-Recipient -ResultSize Unlimited | Where-Object {$_.EmailAddresses -match "<address>"}`.',
      'Usuń adres z obiektu, który nie powinien go mieć (w lokalnej usłudze Active Directory, jeśli obiekt jest synchronizowany), i poczekaj na synchronizację.',
      'Jeśli błąd pochodzi z innej organizacji, wyślij jej administratorowi adres i raport NDR: uporządkować katalog może tylko on.',
    ],
    classNotes: {
      '4': 'Przy błędzie przejściowym serwer nadawcy ponawia próby, więc usunięcie duplikatu przed końcem okresu ponawiania pozwala dostarczyć wiadomość. Exchange zgłasza własną przejściową postać tego błędu jako 4.2.0 z tym samym tekstem `RESOLVER.ADR.Ambiguous`.',
      '5': 'Przy kodzie 5.1.4 próby nie są ponawiane: usuń duplikat i wyślij wiadomość ponownie.',
    },
  },
  'X.1.5': {
    title: 'Adres adresata przyjęty',
    meaning:
      'Kod sukcesu: serwer odbiorczy sprawdził adres adresata i przyjmuje dla niego pocztę. To zwykła odpowiedź na polecenie `RCPT TO` (w Exchange `250 2.1.5 Recipient OK`), widoczna też w dziennikach i raportach dostarczenia dla adresatów obsłużonych bez problemów.',
    causes: [
      'Adres adresata istnieje albo serwer przyjmuje pocztę dla całej domeny i rozdziela ją później.',
      'W Exchange: udany krok routingu, np. rozwinięcie grupy (`RESOLVER.GRP.Expanded`) albo przekazanie wiadomości innemu adresatowi.',
    ],
    steps: [
      'Nie ma czego naprawiać: na tym etapie trasy adres został przyjęty.',
      'Jeśli wiadomość mimo to nie dotarła, prześledź ją dalej w śledzeniu wiadomości (`Get-MessageTraceV2`, potem `Get-MessageTraceDetailV2`): przyjęty adres to jeszcze nie dostarczona wiadomość.',
    ],
  },
  'X.1.6': {
    title: 'Adresat się przeniósł, brak nowego adresu',
    meaning:
      'Adres kiedyś działał, ale system odbiorczy nie przyjmuje już na niego poczty i nie zna nowego adresu. Exchange Online rzadko zwraca ten kod; używają go serwery, które prowadzą listę byłych użytkowników.',
    causes: [
      'Osoba odeszła z organizacji lub zmieniła adres, a stary celowo wycofano.',
      'Stary adres zapisany w kontakcie, na liście dystrybucyjnej albo w aplikacji, którego nikt nie zaktualizował.',
    ],
    steps: [
      'Ustal nowy adres tej osoby innym kanałem i zaktualizuj kontakt lub wpis na liście.',
      'Jeśli Twój system albo reguła przepływu poczty wysyła na ten adres automatycznie, zamień go lub usuń w tym miejscu.',
    ],
    classNotes: {
      '4': 'Przejściowy kod 4.1.6 sprawia, że serwer nadawcy ponawia próby, ale adres sam nie wróci: traktuj go jak błąd trwały.',
      '5': 'Przy kodzie 5.1.6 próby nie są ponawiane: wyślij wiadomość ponownie na nowy adres.',
    },
  },
  'X.1.7': {
    title: 'Adres nadawcy ma błędny format',
    meaning:
      'Adres nadawcy podany w poleceniu `MAIL FROM` (nadawca w kopercie) nie jest poprawnym adresem, więc serwer odbiorczy nie przyjmie wiadomości. Wiele serwerów odpowiada wtedy `501 5.1.7 Invalid address`; nadawcą jest prawie zawsze aplikacja lub urządzenie, a nie człowiek.',
    causes: [
      'Skaner, drukarka, narzędzie monitorujące lub skrypt, które wpisują do `MAIL FROM` nazwę wyświetlaną, spacje albo pomijają nawiasy ostre.',
      'Adres nadawcy z literówką lub bez domeny, np. sama nazwa hosta.',
      'Znaki spoza ASCII w adresie nadawcy wysłanym do serwera, który ich nie obsługuje.',
    ],
    steps: [
      'Znajdź w dzienniku SMTP aplikacji wysyłającej dokładny wiersz `MAIL FROM`.',
      'Ustaw w aplikacji jako nadawcę zwykły, pełny adres w domenie, którą zarządzasz, np. `scanner@contoso.com`.',
      'Wyślij wiadomość testową i ponownie sprawdź odpowiedź serwera.',
    ],
    classNotes: {
      '4': 'Kod 4.1.7 zdarza się rzadko: klient może ponawiać próby, ale adres pozostanie błędny, dopóki nie zmienisz ustawień.',
      '5': 'Przy kodzie 5.1.7 próby nie są ponawiane: popraw ustawienie nadawcy i wyślij wiadomość ponownie.',
    },
  },
  'X.1.8': {
    title: 'Nadawca zablokowany lub błędna domena nadawcy',
    meaning:
      'Według standardu domena z adresu nadawcy nie może odbierać poczty zwrotnej, np. dlatego, że nie istnieje w DNS. Exchange Online używa kodu 5.1.8 także w innym znaczeniu: `Access denied, bad outbound sender` oznacza, że usługa zablokowała wysyłanie z konta, bo rozsyłało spam.',
    causes: [
      'W Exchange Online: konto zostało przejęte (phishing, wyciek hasła) i rozsyłało spam, więc Microsoft 365 zablokował mu wysyłanie.',
      'Odrzucenie przez inny serwer: nie znajduje on rekordu MX ani rekordu adresu Twojej domeny nadawcy (`Sender address rejected: Domain not found`), często poddomeny lub domeny testowej, z której wysyła aplikacja.',
      'Literówka w domenie nadawcy ustawionej w aplikacji lub urządzeniu.',
    ],
    steps: [
      'Przy komunikacie `Access denied, bad outbound sender` traktuj konto jako przejęte: zresetuj hasło, wyloguj wszystkie sesje, sprawdź reguły skrzynki odbiorczej i przekazywanie oraz poszukaj nieznanych wiadomości w folderze Elementy wysłane.',
      'Następnie odblokuj konto na stronie kont z ograniczeniami (Restricted entities) w portalu Microsoft Defender (zablokowanych nadawców wyświetla `Get-BlockedSenderAddress`); wysyłanie zacznie działać w ciągu kilku godzin.',
      'Przy odrzuceniu przez inny serwer sprawdź, czy Twoja domena nadawcy daje się rozpoznać (`Resolve-DnsName -Type MX <domain>`), i opublikuj rekord MX, a przynajmniej rekord adresu, dla domeny, z której wysyła aplikacja.',
    ],
    classNotes: {
      '4': 'Kod 4.1.8 zwykle wysyła serwer, któremu chwilowo nie udało się sprawdzić Twojej domeny nadawcy w DNS; ponawia on próby, więc poprawka DNS przed końcem okresu ponawiania pozwoli dostarczyć wiadomość.',
      '5': 'Przy kodzie 5.1.8 próby nie są ponawiane, a zablokowane konto pozostaje zablokowane, dopóki administrator go nie odblokuje.',
    },
  },
  'X.1.9': {
    title: 'Przekazano do systemu, który nie raportuje dalej',
    meaning:
      'Adres był poprawny, ale wiadomość trafiła dalej do systemu, który nie obsługuje protokołu, do którego należy ten stan, więc dalszych informacji nie będzie. Kod pochodzi z rozszerzenia do zdalnego sprawdzania losu wiadomości (message tracking, RFC 3886) i w przepływie poczty Exchange Online prawie się nie pojawia.',
    causes: [
      'Zapytanie o los wiadomości lub żądanie powiadomienia o stanie dostarczenia przeszło przez serwer pośredniczący, który go nie obsługuje, więc ślad się urywa.',
      'W mechanizmie transportu Exchange ten sam numer oznacza adres nadawcy ze znakami spoza ASCII, którego kolejny serwer nie może przyjąć (`SMTPSEND.Utf8SenderAddress`).',
    ],
    steps: [
      'Przeczytaj tekst za kodem, aby ustalić, o który z dwóch przypadków chodzi.',
      'Przy adresie nadawcy spoza ASCII wysyłaj z adresu złożonego wyłącznie ze znaków ASCII albo zapytaj stronę odbiorczą, czy obsługuje SMTPUTF8.',
      'Przy zapytaniu o los wiadomości nie ma czego naprawiać: sama wiadomość mogła zostać dostarczona, więc zapytaj adresata.',
    ],
  },
  'X.1.10': {
    title: 'Nie znaleziono adresata lub domena nie przyjmuje poczty',
    meaning:
      'Według standardu domena adresata publikuje pusty rekord MX (null MX, czyli rekord MX, którego hostem jest sama kropka), co wprost oznacza, że nie przyjmuje żadnej poczty. Exchange Online używa kodu 5.1.10 w innym znaczeniu: `RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup` oznacza, że w katalogu dzierżawy nie ma adresata z tym adresem.',
    causes: [
      'Exchange Online: adres zawiera literówkę albo skrzynkę pocztową, użytkownika poczty lub grupę usunięto, przemianowano lub nigdy nie utworzono (np. jeszcze nie zsynchronizowano ze środowiska lokalnego).',
      'Exchange Online: reguła przekazywania, reguła skrzynki odbiorczej lub reguła przepływu poczty wysyła kopię na adres, który już nie istnieje.',
      'Exchange Online: raport NDR dotyczący wiadomości, której nikt w Twojej organizacji nie wysłał (backscatter), bo spamer podał Twój adres jako nadawcę.',
      'Pusty rekord MX: domena adresata istnieje na potrzeby witryny lub innych usług i deklaruje, że nie przyjmuje poczty.',
    ],
    steps: [
      'Sprawdź adres w raporcie NDR; jeśli adresat jest w Twojej dzierżawie, potwierdź jego istnienie poleceniem `Get-Recipient <address>`, a w przypadku użytkownika także to, że ma licencję i skrzynkę pocztową.',
      'Poszukaj reguł, które wysyłają na ten adres: reguł skrzynki odbiorczej (`Get-InboxRule -Mailbox <user>`), przekazywania ustawionego na skrzynce i reguł przepływu poczty w Centrum administracyjnym programu Exchange.',
      'Jeśli użytkownik jest w środowisku lokalnym, sprawdź, czy synchronizacja katalogów utworzyła dla niego użytkownika poczty i czy typ zaakceptowanej domeny jest właściwy (`Get-AcceptedDomain`: przy typie Przekazywanie wewnętrzne (Internal Relay) nieznane adresy trafiają dalej do środowiska lokalnego).',
      'Przy pustym rekordzie MX (`Resolve-DnsName -Type MX <domain>` zwraca samą kropkę jako host) domena nie chce poczty: poproś adresata o inny adres.',
    ],
    classNotes: {
      '4': 'Kod 4.1.10 zdarza się rzadko: serwer może ponawiać próby po chwilowym problemie z zapytaniem DNS, ale pusty rekord MX za każdym razem da tę samą odpowiedź.',
      '5': 'Zwykła postać; próby nie są ponawiane. Nadawcy spoza organizacji, którzy piszą na nieistniejący adres w domenie Autorytatywnej (Authoritative), dostają zamiast tego kod 5.4.1 (blokowanie na brzegu na podstawie katalogu, DBEB).',
    },
  },
  'X.2.0': {
    title: 'Problem ze skrzynką pocztową',
    meaning:
      'Skrzynka pocztowa adresata istnieje, ale coś jest z nią nie tak i uniemożliwia dostarczenie, a serwer nie podaje dokładniejszego kodu. W Exchange tekst za kodem zwykle wskazuje uszkodzony obiekt katalogu: błędny cel przekazywania, kontakt bez poprawnego adresu zewnętrznego, brak podstawowego adresu SMTP.',
    causes: [
      'Przekazywanie ustawione na skrzynce wskazuje adresata, którego usunięto lub który nie ma włączonej obsługi poczty (`RESOLVER.FWD.NotFound`).',
      'Kontakt pocztowy lub użytkownik poczty bez adresu zewnętrznego albo z błędnym adresem.',
      'Obiekt adresata nie ma poprawnego podstawowego adresu SMTP (`RESOLVER.ADR.BadPrimary`), często po nieudanej migracji lub synchronizacji katalogów.',
      'W innej organizacji: dowolny stan skrzynki, którego jej serwer nie opisuje dokładniej.',
    ],
    steps: [
      'Przeczytaj tekst za kodem; przyczyna zaczynająca się od `RESOLVER` oznacza, że poprawić trzeba obiekt adresata w katalogu.',
      'U własnego adresata sprawdź przekazywanie i adresy: `Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress,PrimarySmtpAddress,EmailAddresses`; dla kontaktu `Get-MailContact <name> | Format-List ExternalEmailAddress`.',
      'Popraw lub wyczyść cel przekazywania albo adres (w lokalnej usłudze Active Directory, jeśli obiekt jest synchronizowany) i wyślij wiadomość ponownie.',
      'Jeśli adresat jest w innej organizacji, wyślij jej administratorowi cały wiersz z raportu NDR.',
    ],
    classNotes: {
      '4': 'Kod 4.2.0 oznacza, że skrzynka chwilowo nie może przyjąć poczty (jest przenoszona albo serwer nie może jej otworzyć); serwer nadawcy ponawia próby.',
      '5': 'Przy kodzie 5.2.0 próby nie są ponawiane: najpierw trzeba naprawić obiekt w katalogu.',
    },
  },
  'X.2.1': {
    title: 'Skrzynka pocztowa wyłączona',
    meaning:
      'Skrzynka pocztowa istnieje, ale odbieranie poczty jest w niej wyłączone. Czy na chwilę, czy na stałe, zależy od strony odbiorczej; kod wysyłają głównie dostawcy poczty, którzy wyłączają skrzynki zamkniętych lub zawieszonych kont.',
    causes: [
      'Dostawca zamknął, zawiesił lub zamroził konto (brak płatności, długi brak aktywności, blokada za nadużycia).',
      'Administrator adresata wyłączył skrzynkę lub zablokował w niej pocztę przychodzącą, np. gdy pracownik odchodzi albo w trakcie migracji.',
    ],
    steps: [
      'Skontaktuj się z adresatem innym kanałem i poproś o działający adres.',
      'Jeśli adresat powinien być osiągalny, poproś jego administratora o ponowne włączenie skrzynki, a potem wyślij wiadomość jeszcze raz.',
      'Jeśli adres należy do Twojej dzierżawy, sprawdź użytkownika w Centrum administracyjnym platformy Microsoft 365 (zablokowane logowanie, odebrana licencja, usunięta skrzynka) i przywróć to, czego brakuje.',
    ],
    classNotes: {
      '4': 'Przy kodzie 4.2.1 skrzynka jest wyłączona tylko na razie: serwer nadawcy ponawia próby i dostarczy wiadomość, jeśli skrzynka zostanie włączona przed końcem okresu ponawiania.',
      '5': 'Przy kodzie 5.2.1 skrzynka raczej już nie wróci: użyj innego adresu.',
    },
  },
  'X.2.2': {
    title: 'Skrzynka pocztowa jest pełna',
    meaning:
      'W skrzynce pocztowej adresata zabrakło miejsca, więc serwer odbiorczy nie zapisze wiadomości. W Exchange Online ten sam kod wraca też wtedy, gdy nadawca przekroczył limit wysyłania.',
    causes: [
      'Skrzynka adresata osiągnęła limit rozmiaru (w raportach NDR Exchange często z dopiskiem `QuotaExceededException`).',
      'Skrzynka lub konto samego nadawcy przekroczyły limit przesyłania lub wysyłania wiadomości.',
    ],
    steps: [
      'Przeczytaj raport NDR: wynika z niego, czy pełna jest skrzynka adresata, czy wyczerpany limit nadawcy.',
      'Gdy pełna jest skrzynka adresata, poproś adresata (lub jego administratora) o zwolnienie miejsca albo zwiększenie limitu, a potem wyślij wiadomość ponownie.',
      'U własnego użytkownika sprawdź rozmiar skrzynki (`Get-MailboxStatistics <user> | Format-List TotalItemSize` albo w Centrum administracyjnym programu Exchange) i zarchiwizuj lub usuń stare elementy.',
    ],
    classNotes: {
      '4': 'Jako błąd przejściowy: serwer nadawcy ponawia próby, a wiadomość dotrze, gdy miejsce zwolni się przed końcem okresu ponawiania.',
      '5': 'Jako błąd trwały: próby nie są ponawiane, więc wyślij wiadomość ponownie, gdy w skrzynce będzie miejsce.',
    },
  },
  'X.2.3': {
    title: 'Wiadomość za duża dla tej skrzynki lub nadawcy',
    meaning:
      'Wiadomość przekracza limit rozmiaru ustawiony dla jednej skrzynki, nadawcy lub grupy, niższy niż ogólny limit systemu. Exchange podaje, który limit zadziałał: `RESOLVER.RST.RecipSizeLimit` (adresata), `RESOLVER.RST.SendSizeLimit.Sender` (nadawcy) albo `RESOLVER.RST.SendSizeLimit.Org` (organizacji).',
    causes: [
      'Duże załączniki, które przy kodowaniu do wysyłki rosną mniej więcej o jedną trzecią.',
      'Limit skrzynki (`MaxSendSize` lub `MaxReceiveSize`) niższy niż rozmiar wiadomości, u nadawcy albo u adresata.',
      'Limit rozmiaru na grupie dystrybucyjnej albo reguła przepływu poczty ograniczająca rozmiar wiadomości.',
    ],
    steps: [
      'Sprawdź, który limit wskazuje raport NDR: nadawcy, adresata czy organizacji.',
      'Udostępnij duże pliki jako link do OneDrive lub SharePoint zamiast je załączać albo rozdziel je na kilka wiadomości.',
      'Aby zmienić limit własnego użytkownika, odczytaj go poleceniem `Get-Mailbox <user> | Format-List MaxSendSize,MaxReceiveSize` i ustaw poleceniem `Set-Mailbox <user> -MaxSendSize <size> -MaxReceiveSize <size>`.',
      'Jeśli limit ustawiła organizacja adresata, podnieść go może tylko jej administrator.',
    ],
    classNotes: {
      '4': 'Kod 4.2.3 jest nietypowy, bo między próbami wiadomość nie zmaleje: traktuj go jak błąd trwały.',
      '5': 'Zwykła postać: próby nie są ponawiane, dopóki wiadomość nie będzie mniejsza albo limit wyższy.',
    },
  },
  'X.2.4': {
    title: 'Nie udało się rozwinąć listy dystrybucyjnej',
    meaning:
      'Adres należy do listy adresowej lub grupy dystrybucyjnej, a serwer nie zdołał ustalić listy jej członków. W Exchange typowy przypadek to dynamiczna grupa dystrybucyjna z uszkodzonym filtrem (`RESOLVER.GRP.DDLQuery`).',
    causes: [
      'Dynamiczna grupa dystrybucyjna z błędnym lub nieaktualnym filtrem adresatów, np. odwołującym się do usuniętego kontenera lub atrybutu.',
      'Grupa, której członków lub grup zagnieżdżonych nie da się odczytać z powodu problemu z katalogiem.',
      'W innej organizacji: serwer list adresowych, który nie działa lub jest źle skonfigurowany.',
    ],
    steps: [
      'Jeśli grupa jest Twoja, odczytaj jej filtr: `Get-DynamicDistributionGroup <group> | Format-List RecipientFilter`.',
      'Sprawdź, kogo filtr znajduje: `Get-Recipient -RecipientPreviewFilter (Get-DynamicDistributionGroup <group>).RecipientFilter`; jeśli zwraca błąd albo nikogo nie znajduje, popraw go poleceniem `Set-DynamicDistributionGroup`.',
      'Przy liście w innej organizacji wyślij jej administratorowi raport NDR, a do czasu naprawy pisz bezpośrednio do członków.',
    ],
    classNotes: {
      '4': 'Przy kodzie 4.2.4 serwer listy miał chwilowy problem, a serwer nadawcy ponawia próby.',
      '5': 'Przy kodzie 5.2.4 listy nie da się rozwinąć przy obecnych ustawieniach: napraw grupę i wyślij wiadomość ponownie.',
    },
  },
  'X.3.0': {
    title: 'Problem z systemem poczty',
    meaning:
      'System odbiorczy istnieje i zwykle przyjmuje pocztę, ale coś w nim przeszkodziło, a serwer nie podał dokładniejszego kodu. Przyczyna leży po stronie serwera odbiorczego; opisuje ją tekst za kodem.',
    causes: [
      'Chwilowa awaria serwera odbiorczego: błąd bazy danych lub dysku, ponowne uruchamianie usługi, awaria w trakcie zapisywania wiadomości.',
      'Filtr, program antywirusowy lub system archiwizacji po stronie adresata, który uległ awarii i odpowiedział ogólnym kodem.',
      'Serwer, który używa tego kodu dla wszystkich swoich błędów wewnętrznych.',
    ],
    steps: [
      'Przeczytaj cały tekst odpowiedzi i zanotuj serwer podany w informacjach diagnostycznych raportu NDR.',
      'Jeśli błąd jest przejściowy, pozwól serwerowi nadawcy ponawiać próby i sprawdź w śledzeniu wiadomości (`Get-MessageTraceV2`), czy kolejna próba się udała.',
      'Jeśli błąd się powtarza, wyślij administratorowi adresata cały wiersz z datą i godziną (UTC); jeśli to Twój serwer, przejrzyj jego dziennik zdarzeń i dzienniki transportu z tego czasu.',
    ],
    classNotes: {
      '2': 'Niektóre serwery dodają kod 2.3.0 do odpowiedzi oznaczających sukces, np. przy zamykaniu połączenia; nie ma czego naprawiać.',
      '4': 'Przy kodzie 4.3.0 wiadomość czeka w kolejce serwera nadawcy, a próby trwają do końca okresu ponawiania.',
      '5': 'Przy kodzie 5.3.0 system odbiorczy odrzucił wiadomość na stałe; wysłana ponownie bez zmian zwykle zostanie odrzucona tak samo.',
    },
  },
  'X.3.1': {
    title: 'Brak miejsca w systemie poczty',
    meaning:
      'Całemu serwerowi odbiorczemu zabrakło miejsca (na dysku, w kolejce lub w bazie danych), więc nie chodzi o limit jednego użytkownika. To stan z założenia przejściowy: serwer nadawcy ponawia próby.',
    causes: [
      'Pełny dysk z kolejką poczty lub bazami skrzynek pocztowych na serwerze odbiorczym.',
      'W Exchange Server mechanizm ochrony zasobów (back pressure): usługa transportu odrzuca nową pocztę, gdy kończy się miejsce na dysku lub pamięć (`452 4.3.1 Insufficient system resources`).',
      'Dzienniki lub kolejka, które rosły bez kontroli, np. podczas pętli pocztowej lub zalewu spamu.',
    ],
    steps: [
      'Jeśli serwer odbiorczy należy do kogoś innego, zawiadom jego administratora i poczekaj: serwer nadawcy sam ponawia próby.',
      'Jeśli to Twój lokalny serwer Exchange za łącznikiem, sprawdź wolne miejsce na dyskach z kolejką i bazami danych oraz poszukaj w dzienniku aplikacji zdarzeń ochrony zasobów (od 15004 do 15007).',
      'Zwolnij miejsce (stare dzienniki, rozrośnięta kolejka), a potem potwierdź w śledzeniu wiadomości (`Get-MessageTraceV2`), że poczta znów płynie.',
    ],
    classNotes: {
      '4': 'Zwykła postać: próby trwają, dopóki miejsce się nie zwolni albo nie minie okres ponawiania.',
      '5': 'Kod 5.3.1 jest nietypowy; niektóre serwery używają go, gdy rezygnują z wiadomości. Wyślij ją ponownie, gdy strona odbiorcza będzie miała miejsce.',
    },
  },
  'X.3.2': {
    title: 'System odbiorczy chwilowo nie przyjmuje poczty',
    meaning:
      'Serwer, na którym jest skrzynka pocztowa, w tej chwili nie przyjmuje wiadomości: jest wyłączany, przeciążony lub w trakcie konserwacji, a z kodem 521 nie przyjmuje poczty wcale. W Exchange Online zwykła postać to `432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded`: jedna skrzynka dostaje za dużo wiadomości w zbyt krótkim czasie, więc usługa spowalnia dostarczanie do niej.',
    causes: [
      'Exchange Online: jeden adresat jest zasypywany wiadomościami (system powiadomień, burza poczty, pętla), a usługa ogranicza dostarczanie do tej skrzynki.',
      'Lokalny serwer Exchange w trybie konserwacji albo z nieaktywnymi składnikami transportu, który odpowiada `421 4.3.2 Service not available`.',
      'Serwer odbiorczy przeciążony lub uruchamiany ponownie.',
      'Z kodem 521: host, który deklaruje, że nigdy nie przyjmuje poczty.',
    ],
    steps: [
      'Przy komunikacie `recipient thread limit exceeded` poczekaj, bo próby są ponawiane; potem znajdź w śledzeniu wiadomości nadawcę, który zasypuje skrzynkę (`Get-MessageTraceV2 -RecipientAddress <address>`), i spowolnij go albo zatrzymaj.',
      'Przy własnym lokalnym serwerze Exchange sprawdź `Get-ServerComponentState <server>` i po zakończeniu konserwacji przywróć składniki do stanu aktywnego poleceniem `Set-ServerComponentState`.',
      'W pozostałych przypadkach pozwól serwerowi nadawcy ponawiać próby; jeśli stan trwa godzinami, skontaktuj się z administratorem strony odbiorczej.',
    ],
    classNotes: {
      '4': 'Zwykła postać: wiadomość czeka w kolejce i dotrze, gdy serwer lub skrzynka znów zaczną przyjmować pocztę.',
      '5': 'Przy kodzie 5.3.2, często razem z 521, host deklaruje, że nie przyjmuje poczty: ponawianie nic nie da, użyj innej trasy lub innego adresu.',
    },
  },
  'X.3.3': {
    title: 'Żądana funkcja nie jest obsługiwana',
    meaning:
      'Wiadomość wymaga funkcji, której system odbiorczy nie zapewnia; zwykle dzieje się to na bramie, która nie potrafi przenieść jakiejś opcji do innego systemu poczty. W przepływie poczty Exchange Online zdarza się to rzadko.',
    causes: [
      'Brama do systemu innego rodzaju (faks, stary lub zamknięty system poczty), która nie potrafi odwzorować opcji wiadomości.',
      'Opcja dostarczenia zażądana przez serwer nadawcy, np. powiadomienie o stanie dostarczenia, której kolejny serwer na trasie nie obsługuje.',
    ],
    steps: [
      'Przeczytaj tekst odpowiedzi, aby ustalić, której funkcji odmówiono.',
      'Wyślij wiadomość ponownie bez specjalnych opcji (bez potwierdzenia dostarczenia i nietypowych ustawień) i sprawdź, czy dotrze.',
      'Jeśli błąd się powtarza, przekaż administratorowi adresata cały wiersz odpowiedzi.',
    ],
  },
  'X.3.4': {
    title: 'Wiadomość za duża dla systemu odbiorczego',
    meaning:
      'Wiadomość jest większa niż największa, jaką w ogóle przyjmuje system odbiorczy albo serwer po drodze. Exchange zapisuje `ROUTING.SizeLimit`, gdy zadziała limit trasy lub łącznika, a serwer ogłaszający w odpowiedzi na EHLO mniejszy `SIZE` odrzuca wiadomość, zanim zostanie przesłana jej treść.',
    causes: [
      'Załączniki przekraczające ogólny limit organizacji adresata (liczy się rozmiar po zakodowaniu, mniej więcej o jedną trzecią większy niż pliki).',
      'Limit łącznika po drodze, np. lokalny serwer Exchange, który odpowiada `552 5.3.4 Message size exceeds fixed maximum message size`.',
      'Limit rozmiaru na bramie pocztowej lub w usłudze filtrowania przed serwerem adresata.',
    ],
    steps: [
      'Porównaj rozmiar wiadomości widoczny w śledzeniu wiadomości z limitem podanym w raporcie NDR.',
      'Udostępnij duże pliki jako link do OneDrive lub SharePoint albo je skompresuj lub rozdziel na kilka wiadomości.',
      'Jeśli limit jest na Twoim lokalnym serwerze Exchange, odczytaj go poleceniami `Get-ReceiveConnector | Format-List Name,MaxMessageSize` i `Get-TransportConfig | Format-List MaxReceiveSize,MaxSendSize`, a jeśli firma tego potrzebuje, podnieś go.',
      'Jeśli limit należy do systemu adresata, podnieść go może tylko jego administrator.',
    ],
    classNotes: {
      '4': 'Kod 4.3.4 jest nietypowy: między próbami wiadomość nie zmaleje, więc traktuj go jak błąd trwały.',
      '5': 'Zwykła postać: próby nie są ponawiane, dopóki wiadomość nie będzie mniejsza albo limit wyższy.',
    },
  },
  'X.3.5': {
    title: 'System odbiorczy jest źle skonfigurowany',
    meaning:
      'System odbiorczy jest skonfigurowany tak, że nie może przyjąć tej wiadomości: błąd tkwi w jego ustawieniach, a nie w wiadomości. Tekst odpowiedzi, jeśli jest, mówi, co jest nie tak.',
    causes: [
      'Serwer odbiorczy z niekompletnymi ustawieniami domen, adresatów lub przekazywania poczty, np. po migracji lub nowej instalacji.',
      'Serwer skonfigurowany tak, że przekazuje wiadomość sam sobie albo do hosta, który nie istnieje.',
    ],
    steps: [
      'Sprawdź, który serwer wysłał odpowiedź (w informacjach diagnostycznych raportu NDR).',
      'Jeśli to serwer adresata, wyślij jego administratorowi cały wiersz: po stronie nadawcy nie da się tego naprawić.',
      'Jeśli to Twój lokalny serwer, porównaj jego zaakceptowane domeny, łączniki odbierania i łączniki wysyłania z trasą, którą przeszła wiadomość.',
    ],
    classNotes: {
      '4': 'Przy kodzie 4.3.5 serwer nadawcy ponawia próby, co daje administratorowi czas na poprawienie ustawień.',
      '5': 'Przy kodzie 5.3.5 próby nie są ponawiane: wyślij wiadomość ponownie po poprawce.',
    },
  },
  'X.3.6': {
    title: 'Priorytet zmieniony przy przyjęciu',
    meaning:
      'Kod sukcesu z rozszerzenia SMTP do obsługi priorytetów (MT-PRIORITY, RFC 6710): wiadomość została przyjęta, ale z innym priorytetem niż żądany przez nadawcę, a nowy priorytet podano za kodem. Pojawia się tylko między serwerami, które oba obsługują to rozszerzenie, a w Exchange Online prawie wcale.',
    causes: [
      'Serwer odbiorczy obniżył lub podniósł żądany priorytet zgodnie z własnymi zasadami dla tego nadawcy.',
      'Nadawca nie zażądał priorytetu, a serwer informuje, jaki domyślny priorytet zastosował.',
    ],
    steps: [
      'Nie ma czego naprawiać: wiadomość została przyjęta.',
      'Wysoka ważność w programie Outlook to nagłówek wiadomości, a nie ten priorytet SMTP; jeśli adresat twierdzi, że ważność zniknęła, sprawdź nagłówki wiadomości.',
    ],
  },
} satisfies CodeTextsPart;
