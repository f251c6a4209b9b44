/** Registry texts (pl): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.0': {
    title: 'Błąd sieci lub TLS',
    meaning:
      'Kod zbiorczy dla problemów z siecią i routingiem, których nie opisuje żaden węższy kod. W środowisku Exchange pojawia się jako 451 4.4.0 i zapisuje go sam transport Exchange po stronie wysyłającej: lokalny Exchange Server pokazuje go w kolejce, a Exchange Online wpisuje go w pole `Message` błędu 4.4.317, gdy wiadomość czeka w kolejce. Co zawiodło, mówi tekst po kodzie: `Socket error SocketError` oznacza, że połączenia TCP nie udało się nawiązać albo zostało ono zresetowane, a `TLS negotiation failed with error` – że nie udało się nawiązać sesji TLS.',
    causes: [
      'Zapora sieciowa, serwer proxy albo funkcja inspekcji SMTP między serwerami resetuje sesję lub ingeruje w STARTTLS.',
      'Strony nie mają wspólnej wersji TLS ani szyfru: drugi serwer oferuje tylko TLS 1.0 lub 1.1, których Exchange Online nigdy nie używa, albo jego usługa SMTP nie ma przypisanego certyfikatu lub ma certyfikat nieprawidłowy.',
      'Serwer odbierający jest przeciążony albo jego usługa SMTP się zawiesza, więc zrywa połączenie.',
      'Niestabilna trasa sieciowa: utrata pakietów, błędna wartość MTU, problemy u dostawcy internetu lub w sieci VPN.',
    ],
    steps: [
      'Przeczytaj cały wiersz błędu. Na serwerze Exchange Server uruchom `Get-Queue | Format-List Identity,NextHopDomain,LastError`, a w Exchange Online otwórz zdarzenie Defer tej wiadomości poleceniem `Get-MessageTraceDetailV2`.',
      'Sprawdź połączenie TCP z sieci, z której wychodzi poczta: `Test-NetConnection <host> -Port 25`. Nie testuj z maszyny wirtualnej w chmurze, bo tam ruch wychodzący na port 25 jest zwykle zablokowany.',
      'Sprawdź STARTTLS i certyfikat poleceniem `openssl s_client -connect <host>:25 -starttls smtp -servername <host>` i upewnij się, że serwer odbierający ma włączony TLS 1.2.',
      'Poproś zespół sieciowy, by w dzienniku zapory poszukał resetów połączeń z godzin kolejnych prób i wyłączył inspekcję SMTP dla tego ruchu.',
    ],
    classNotes: {
      '4': 'Zwykła postać: serwer wysyłający trzyma wiadomość w kolejce i ponawia próby, więc do końca okresu ponawiania nic nie przepada.',
      '5': 'Jako 5.4.0 kod oznacza, że serwer wysyłający zrezygnował i nie będzie już próbował. Tekst po kodzie zwykle wskazuje właściwą przyczynę: usuń ją i wyślij wiadomość ponownie.',
    },
  },
  'X.4.1': {
    title: 'Odrzucony adresat lub odmowa przekazywania',
    meaning:
      'W standardzie kod oznacza, że następny serwer w ogóle nie odpowiedział na próbę połączenia. Microsoft 365 nadaje kodowi 5.4.1 własne znaczenie: odrzuca adresata od razu, jeszcze w trakcie sesji SMTP. `Recipient address rejected: Access denied` oznacza, że w dzierżawie adresata domena ma typ „Autorytatywny” (Authoritative), a takiego adresu w niej nie ma (blokowanie brzegowe oparte na katalogu, Directory-Based Edge Blocking). `Relay Access Denied` oznacza, że usługa, która odebrała wiadomość, w ogóle nie przyjmuje poczty dla tej domeny.',
    causes: [
      'Adresu nie ma w dzierżawie adresata: literówka, usunięty lub przemianowany użytkownik albo adres, który istnieje tylko w środowisku lokalnym i nigdy nie został zsynchronizowany z Microsoft 365.',
      'Typ domeny zmieniono z „Przekazywanie wewnętrzne” (Internal Relay) na „Autorytatywny” (Authoritative), choć część jej adresatów nadal ma skrzynki lokalnie albo w innym systemie.',
      '`Relay Access Denied`: rekord MX domeny wskazuje Microsoft 365, ale domena nie jest zaakceptowaną domeną dzierżawy, albo poczta z Twoich serwerów lokalnych trafia do Microsoft 365 i nie pasuje do żadnego łącznika przychodzącego (dziś w takim przypadku pojawia się raczej 5.7.64).',
    ],
    steps: [
      'Sprawdź, jaki tekst następuje po 5.4.1 i który serwer go zapisał: nazwa kończąca się na `mail.protection.outlook.com` to Microsoft 365 organizacji adresata.',
      'Jeśli adresat należy do Twojej organizacji, sprawdź, czy adres istnieje: `Get-Recipient <address>`. W przypadku użytkownika synchronizowanego ze środowiska lokalnego upewnij się, że synchronizacja katalogów utworzyła obiekt z tym adresem.',
      'Jeśli domena ma jeszcze adresatów poza Exchange Online, przywróć typ „Przekazywanie wewnętrzne”: `Set-AcceptedDomain -Identity <domain> -DomainType InternalRelay`.',
      'Przy `Relay Access Denied` sprawdź poleceniem `Get-AcceptedDomain`, czy domena jest zaakceptowana, a poleceniem `Resolve-DnsName -Type MX <domain>`, dokąd wskazuje jej rekord MX.',
      'Jeśli adresat należy do innej organizacji, nadawca przekazuje raport o niedostarczeniu (NDR) jej administratorowi: tylko on może to naprawić.',
    ],
    classNotes: {
      '4': '4.4.1 zachowuje znaczenie ze standardu: lokalny Exchange Server (często jako 441 4.4.1 z błędem Winsock) albo inny serwer zgłasza w kolejce, że następny host nie odpowiedział, i ponawia próby. Postępuj jak przy 4.4.315.',
      '5': '5.4.1 od Microsoft 365 to natychmiastowe odrzucenie: wiadomość nie trafia do kolejki, a ponowne wysłanie pomoże dopiero po poprawieniu adresu lub domeny.',
    },
  },
  'X.4.2': {
    title: 'Zerwane połączenie',
    meaning:
      'Sesja z następnym serwerem została nawiązana, ale przerwała się, zanim wiadomość została przekazana. W środowisku Exchange wygląda to zwykle tak: `421 4.4.2 Connection dropped due to SocketError` (albo `ConnectionReset`) – w kolejce lokalnego serwera Exchange Server lub w łańcuchu błędu 4.4.397 albo 5.4.300 w Exchange Online. Na łączniku Exchange Online zgłasza tę samą sytuację jako 4.4.318.',
    causes: [
      'Zapora sieciowa albo funkcja inspekcji SMTP (ESMTP), która przerywa lub resetuje sesje SMTP.',
      'Niezgodność wersji TLS: jedna ze stron dopuszcza tylko TLS 1.0 lub 1.1, których Exchange Online nigdy nie używa.',
      'Serwer odbierający jest przeciążony lub działa wadliwie: ograniczanie zasobów (back pressure), awarie usługi transportu, brak miejsca na dysku lub pamięci.',
      'Niestabilna sieć między stronami: utrata pakietów, problemy z MTU, z siecią VPN lub u dostawcy internetu.',
    ],
    steps: [
      'Ustal, skąd pochodzi wiersz – z kolejki lokalnej (`Get-Queue`) czy ze śledzenia wiadomości w Exchange Online (`Get-MessageTraceDetailV2`) – i zanotuj host zdalny oraz godziny.',
      'Poproś zespół sieciowy, by sprawdził w dzienniku zapory resety z tych godzin i wyłączył inspekcję SMTP dla tego ruchu.',
      'Sprawdź, czy obie strony obsługują TLS 1.2: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'Na serwerze odbierającym przejrzyj dziennik zdarzeń pod kątem zdarzeń back pressure i awarii usługi transportu.',
    ],
    classNotes: {
      '4': 'Zwykła postać: nadawca ponawia próby, a pojedyncze zerwanie często mija samo. Działaj, gdy błąd się powtarza.',
      '5': 'Jako 5.4.2 kod oznacza, że nadawca zrezygnował po wielokrotnych zerwaniach: napraw połączenie i wyślij wiadomość ponownie.',
    },
  },
  'X.4.3': {
    title: 'Awaria serwera katalogowego',
    meaning:
      'Serwer nie mógł przekazać wiadomości dalej, bo usługa wyszukiwania, od której zależy – prawie zawsze DNS – nie odpowiedziała. Exchange Online własne nieudane zapytania DNS zgłasza jako 4.4.312, więc ten kod pochodzi zwykle z innego systemu pocztowego po drodze.',
    causes: [
      'Serwery DNS, z których korzysta zgłaszający system, nie działają albo nie odpowiadają na czas.',
      'Autorytatywne serwery nazw domeny adresata zwracają błąd lub są nieosiągalne.',
      'Po stronie adresata niedostępny jest katalog, w którym wyszukuje się adresatów (LDAP, Active Directory).',
    ],
    steps: [
      'Ustal, który serwer zapisał kod: serwer generujący w raporcie o niedostarczeniu albo pole `Reporting-MTA` w części raportu o stanie dostarczenia.',
      'Sprawdź domenę samodzielnie – `Resolve-DnsName -Type MX <domain>` lub `dig MX <domain>` – i zobacz, czy odpowiedzi przychodzą szybko i są ze sobą zgodne.',
      'Jeśli zawodzą serwery nazw domeny, naprawić je musi jej właściciel razem ze swoim dostawcą hostingu DNS.',
      'Jeśli zawodzi Twój serwer, sprawdź jego ustawienia klienta DNS i serwery, z których korzysta przy rozpoznawaniu nazw.',
    ],
    classNotes: {
      '4': 'Błąd przejściowy: nadawca ponawia próby, a wiadomość dotrze, gdy zapytania znów zaczną działać.',
      '5': 'Jako 5.4.3 kod oznacza, że serwer zrezygnował: napraw rozpoznawanie nazw i wyślij wiadomość ponownie.',
    },
  },
  'X.4.4': {
    title: 'Brak trasy',
    meaning:
      'Serwer nie znalazł następnego przeskoku dla wiadomości: zapytania się powiodły, ale nie dały niczego, czego można użyć do routingu – na przykład domena nie ma rekordów MX ani rekordów adresu albo żaden łącznik nie obejmuje adresu. Exchange Server zapisuje to jako `554 5.4.4 SMTPSEND.DNS.NonExistentDomain` lub `SMTPSEND.DNS.MxLoopback`; w Exchange Online odpowiednikami są 5.4.310 i 4.4.312.',
    causes: [
      'Literówka w domenie adresata albo domena, która wygasła lub nie ma rekordu MX.',
      'Rekord MX wskazuje nazwę bez rekordu adresu albo z powrotem sam serwer wysyłający (`SMTPSEND.DNS.MxLoopback`).',
      'Na serwerze Exchange Server żaden łącznik wysyłania nie ma przestrzeni adresowej obejmującej domenę adresata.',
    ],
    steps: [
      'Sprawdź z nadawcą, czy w adresie nie ma literówki.',
      'Sprawdź domenę poleceniem `Resolve-DnsName -Type MX <domain>`, a potem rekord adresu każdego hosta MX.',
      'Na serwerze Exchange Server wyświetl trasy: `Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts`.',
      'Jeśli DNS domeny jest błędny, poprawia go jej właściciel u swojego dostawcy hostingu DNS.',
    ],
    classNotes: {
      '4': 'Błąd przejściowy: zapytanie może się później udać, na przykład tuż po zmianie w DNS, więc nadawca ponawia próby.',
      '5': 'Błąd trwały: do domeny nie prowadzi żadna trasa. Wyślij wiadomość ponownie dopiero po poprawieniu adresu lub DNS.',
    },
  },
  'X.4.5': {
    title: 'Przeciążenie systemu pocztowego',
    meaning:
      'Serwer jest w tej chwili zbyt obciążony, by przyjąć lub przekazać wiadomość. Exchange Online rzadko wysyła ten kod: przeciążony Exchange Server odpowiada zamiast niego kodem 452 4.3.1, a ograniczanie przepustowości (throttling) w Microsoft 365 korzysta z kodów 4.7.500-699. Jeśli go widzisz, tekst obok pochodzi od przeciążonego serwera.',
    causes: [
      'Serwer odbierający jest przeciążony: za dużo połączeń, długie kolejki, mało miejsca na dysku lub pamięci.',
      'Nagły napływ poczty z jednego źródła (biuletyn, skaner, aplikacja) zalewa serwer.',
      'Przeciążenie sieci między serwerami.',
    ],
    steps: [
      'Odczekaj: serwer wysyłający sam ponawia próby i wiadomość zwykle dociera w ciągu kilku godzin.',
      'Jeśli problem się powtarza, przekaż administratorowi serwera odbierającego godziny błędów i adres IP, z którego wysyłasz.',
      'Jeśli błąd zgłasza Twój serwer, sprawdź jego kolejki, wolne miejsce na dysku i zasoby, a wysyłkę masową rozłóż w czasie.',
    ],
    classNotes: {
      '4': 'Zwykła postać: błąd przejściowy, próby są ponawiane.',
      '5': 'Trwały błąd 5.4.5 zdarza się rzadko: serwer zrezygnował, więc wyślij wiadomość później.',
    },
  },
  'X.4.6': {
    title: 'Pętla routingu',
    meaning:
      'Wiadomość przeszła przez zbyt wiele serwerów i została zatrzymana, bo ustawienia każą jej krążyć w kółko. Exchange Online zgłasza to jako 5.4.14 (`Hop count exceeded - possible mail loop`), a lokalny Exchange Server we wdrożeniu hybrydowym jako 5.4.6. Domyślnie Exchange przerywa pętlę po 20 obiegach i wysyła nadawcy raport o niedostarczeniu (NDR).',
    causes: [
      'Domena ma w Microsoft 365 typ „Przekazywanie wewnętrzne” (Internal Relay), a serwer lokalny odsyła nieznanych adresatów z powrotem do Microsoft 365, więc adres, którego nie ma po żadnej stronie, krąży między nimi.',
      'Łącznik do środowiska lokalnego lub do partnera wskazuje host, który dostarcza pocztę z powrotem do Microsoft 365.',
      'Wzajemne przekazywanie: adres przekazywania skrzynki, reguła skrzynki odbiorczej albo kontakt pocztowy wskazuje adres, który przekazuje pocztę z powrotem.',
      'Tę samą domenę przyjmują dwa systemy i każdy kieruje ją do drugiego.',
    ],
    steps: [
      'Otwórz nagłówki zwróconej wiadomości: wiersze `Received` pokazują serwery, między którymi krążyła.',
      'Sprawdź typ domeny poleceniem `Get-AcceptedDomain` i trasy poleceniem `Get-OutboundConnector | Format-List Name,SmartHosts,RecipientDomains`, a potem upewnij się, że strona lokalna nie kieruje tej domeny z powrotem.',
      'Sprawdź, czy adresat istnieje po jednej ze stron: w domenie z przekazywaniem wewnętrznym adres, którego nie ma nigdzie, wpada w pętlę.',
      'Sprawdź przekazywanie w skrzynkach, których to dotyczy – `Get-Mailbox <user> | Format-List ForwardingAddress,ForwardingSmtpAddress` – oraz ich reguły skrzynki odbiorczej.',
    ],
    classNotes: {
      '4': 'Niektóre serwery zgłaszają pętlę jako błąd przejściowy, ale czekanie jej nie usunie: popraw routing.',
      '5': 'Zwykła postać (5.4.6 z Exchange Server, 5.4.14 z Exchange Online): wiadomość zostaje odrzucona, a nadawca dostaje raport o niedostarczeniu. Popraw routing i wyślij ją ponownie.',
    },
  },
  'X.4.7': {
    title: 'Wiadomość wygasła w kolejce',
    meaning:
      'Serwer wysyłający trzymał wiadomość w kolejce tak długo, jak pozwalały ustawienia, a potem zrezygnował. Exchange zapisuje to jako `550 4.4.7 QUEUE.Expired; message expired` – robi to lokalny Exchange Server (domyślnie próbuje przez 2 dni) albo inny serwer po drodze. Exchange Online też używa tego kodu po upływie własnego okresu ponawiania prób (domyślnie 24 godziny; `Set-TransportConfig -MessageExpiration` pozwala ustawić od 12 do 24 godzin), obok bardziej szczegółowych kodów 5.4.300 i 5.4.31x. Właściwą przyczyną jest to, dlaczego próby się nie udawały; widać ją w wierszach obok.',
    causes: [
      'Serwer odbierający przez cały okres ponawiania nie odpowiadał albo odrzucał połączenia: nie działał, blokowała go zapora sieciowa albo jego DNS był błędny.',
      'Serwer odbierający stale odpowiadał błędami przejściowymi: szare listy (greylisting), ograniczanie przepustowości, pełny dysk, lista blokowanych.',
      'Po stronie wysyłającej kolejka lokalna utknęła z powodu własnego problemu serwera z DNS, łącznikiem lub siecią.',
      'Rzadziej: przekroczenie limitu czasu w samej sesji, na przykład przy bardzo dużej liczbie adresatów jednej wiadomości.',
    ],
    steps: [
      'Przeczytaj część diagnostyczną raportu o niedostarczeniu: obok `QUEUE.Expired` ostatnia wymieniona próba podaje właściwy błąd – kieruj się jego kodem.',
      'Ustal, który serwer wygenerował raport. Jeśli to Twój lokalny Exchange Server, uruchom `Get-Queue | Format-List Identity,NextHopDomain,LastError` i sprawdź inne wiadomości do tej samej domeny.',
      'Jeśli wiadomość wygasła w Exchange Online, znajdź jej zdarzenia Defer poleceniami `Get-MessageTraceV2` i `Get-MessageTraceDetailV2`.',
      'Po usunięciu przyczyny nadawca wysyła wiadomość ponownie: wygasła wiadomość nie jest już ponawiana.',
    ],
    classNotes: {
      '4': 'Mimo klasy 4 w kodzie wiersz `550 4.4.7 QUEUE.Expired` oznacza błąd ostateczny: wiadomość wróciła i nie będzie ponawiana. Powiadomienie `400 4.4.7 Message delayed` jest tylko ostrzeżeniem, że serwer wciąż próbuje.',
      '5': '5.4.7 to to samo wygaśnięcie, zapisane przez inne systemy pocztowe z klasą błędu trwałego; przyczynę obok odczytuj tak samo.',
    },
  },
  'X.5.0': {
    title: 'Błąd protokołu lub niedostępna skrzynka w Outlook.com',
    meaning:
      'Kod zbiorczy dla problemów w wymianie SMTP, których nie opisuje żaden węższy kod. Administrator Exchange Online najczęściej widzi go w postaci `550 5.5.0 Requested action not taken: mailbox unavailable` z Outlook.com lub Hotmail: nie znaleziono takiego konta prywatnego, podobnie jak przy 5.1.10 w obrębie dzierżawy.',
    causes: [
      'Adres w Outlook.com lub Hotmail zawiera literówkę albo konto zostało zamknięte lub usunięte.',
      'W innych systemach pocztowych: odrzucone polecenie, na przykład klient próbował wysłać pocztę bez zalogowania się; tekst po kodzie mówi, o które polecenie chodzi.',
    ],
    steps: [
      'Sprawdź adres z nadawcą: pisownię i to, czy adresat nadal używa tego konta.',
      'Jeśli konta prywatnego już nie ma, nadawca prosi adresata o inny adres.',
      'W przypadku innych serwerów przeczytaj tekst po 5.5.0 i sprawdź, na które polecenie była to odpowiedź (MAIL FROM, RCPT TO czy AUTH).',
    ],
    classNotes: {
      '2': '2.5.0 to odpowiedź potwierdzająca polecenie protokołu, którą niektóre serwery wysyłają po przyjęciu polecenia lub po resecie sesji; nie ma czego naprawiać.',
      '4': '4.5.0 to przejściowy problem z protokołem: nadawca ponawia próby.',
      '5': '5.5.0 jest ostateczny: ponowne wysłanie na ten sam adres się nie uda, dopóki adres nie zostanie poprawiony.',
    },
  },
  'X.5.1': {
    title: 'Nieprawidłowe polecenie',
    meaning:
      'Serwer odbierający dostał polecenie SMTP, którego nie obsługuje, albo polecenie w złej kolejności (na przykład treść wiadomości przed jakimkolwiek adresatem). Administratorzy Exchange Online rzadko go widzą; wskazuje na oprogramowanie, które prowadzi sesję SMTP – skaner, aplikację czy skrypt – albo na urządzenie po drodze, które tę sesję modyfikuje.',
    causes: [
      'Aplikacja lub urządzenie ze starym albo pisanym na własną rękę klientem SMTP, na przykład używające AUTH lub STARTTLS, choć serwer ich nie zaoferował.',
      'Inspekcja SMTP na zaporze sieciowej, która usuwa lub zmienia polecenia, na przykład wycina STARTTLS z odpowiedzi serwera na EHLO.',
      'Polecenie wysłane po nieudanym wcześniejszym poleceniu, przez co kolejność przestaje mieć dla serwera sens.',
    ],
    steps: [
      'Znajdź wysyłającą aplikację lub urządzenie i zapisz przebieg sesji SMTP z jej dziennika.',
      'Porównaj go z odpowiedzią serwera na EHLO: klient może korzystać tylko z tego, co serwer oferuje.',
      'Zaktualizuj aplikację lub oprogramowanie układowe urządzenia albo przestaw je na obsługiwany sposób wysyłania przez Microsoft 365.',
      'Poproś zespół sieciowy o wyłączenie inspekcji SMTP dla tego ruchu.',
    ],
  },
  'X.5.2': {
    title: 'Błąd składni',
    meaning:
      'Serwer nie zdołał zinterpretować polecenia: było błędnie zapisane, zniekształcone albo nieznane. Podobnie jak 5.5.1, wskazuje na oprogramowanie wysyłające pocztę, a nie na wiadomość czy adresata.',
    causes: [
      'Zniekształcony adres w MAIL FROM lub RCPT TO, na przykład bez nawiasów ostrych albo ze spacjami.',
      'Wiersze zakończone samym znakiem LF zamiast pary CR LF albo bajty spoza ASCII w poleceniu.',
      'Zapora sieciowa lub serwer proxy, które zmieniają sesję SMTP.',
    ],
    steps: [
      'Zapisz dokładną treść polecenia z dziennika SMTP klienta.',
      'Popraw ustawienia klienta (format adresu, znaki końca wiersza) albo go zaktualizuj.',
      'Wyślij tę samą wiadomość ze sprawdzonego klienta, aby zobaczyć, czy problem dotyczy tylko tej aplikacji.',
    ],
  },
  'X.5.3': {
    title: 'Za dużo adresatów',
    meaning:
      'Wiadomość ma więcej adresatów, niż serwer odbierający przyjmuje w jednej transakcji. Microsoft 365 odpowiada kodem 4.5.3 `Too many recipients`, gdy wiadomość ma ponad 200 adresatów koperty z tej samej domeny; serwer wysyłający powinien wtedy wysłać resztę w kolejnej transakcji, co zwykłe serwery pocztowe robią same.',
    causes: [
      'Aplikacja lub narzędzie do masowej wysyłki umieszcza setki adresatów w jednej transakcji i nie obsługuje tej przejściowej odmowy.',
      'Duża wysyłka ze skryptu, w której wszystkie adresy są w polu UDW.',
      'Wiadomość przekracza limit adresatów na wiadomość (domyślnie 500 w Exchange Online), więc Exchange zwraca ją z błędem `550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients`.',
    ],
    steps: [
      'Jeśli nadawcą jest zwykły serwer pocztowy, odczekaj: sam ponowi wysyłkę do pozostałych adresatów.',
      'Aplikację skonfiguruj tak, by wysyłała partiami po najwyżej 200 adresatów na wiadomość albo po odpowiedzi 4.5.3 ponawiała wysyłkę do odrzuconych adresatów.',
      'Przy `RESOLVER.ADR.RecipLimit` wyślij wiadomość na grupę dystrybucyjną zamiast wymieniać wszystkich albo sprawdź limit nadawcy: `Get-Mailbox <user> | Format-List RecipientLimits`.',
    ],
    classNotes: {
      '4': '4.5.3 odrzuca tylko adresatów ponad limit: ci już przyjęci dostaną wiadomość, a do pozostałych trzeba ją wysłać w nowej transakcji.',
      '5': '5.5.3 dotyczy całej wiadomości i jest ostateczny: podziel listę adresatów i wyślij wiadomość ponownie.',
    },
  },
  'X.5.4': {
    title: 'Nieprawidłowe argumenty polecenia',
    meaning:
      'Znane polecenie zawierało wartość, którą serwer odrzuca: parametr, którego nie obsługuje, wartość spoza zakresu albo rozszerzenie, którego nigdy nie zaoferował. Z Exchange Online pochodzi rzadko; jak inne kody protokołu wskazuje na oprogramowanie wysyłające.',
    causes: [
      'Klient używa parametru ESMTP, którego serwer nie ogłosił w odpowiedzi na EHLO (takiego jak SIZE, BODY czy SMTPUTF8), albo zapisuje go z błędem.',
      'Wartość, której serwer nie przyjmuje, na przykład zadeklarowany rozmiar ponad jego limit albo nieznany mechanizm AUTH.',
      'Zniekształcony adres w poleceniu.',
    ],
    steps: [
      'Zapisz z dziennika klienta polecenie i odpowiedź serwera na EHLO.',
      'Skonfiguruj klienta tak, by używał tylko rozszerzeń oferowanych przez serwer, albo go zaktualizuj.',
      'Jeśli sesję modyfikuje urządzenie po drodze, poproś zespół sieciowy o wyłączenie na nim inspekcji SMTP.',
    ],
  },
  'X.5.5': {
    title: 'Niewłaściwa wersja protokołu',
    meaning:
      'Strony nie zdołały uzgodnić wersji protokołu. Z Exchange Online praktycznie się go nie spotyka: problemy z wersjami dotyczą dziś TLS, a te Exchange zgłasza innymi kodami (4.4.317 na łącznikach, 421 4.7.66 przy wysyłaniu z klienta SMTP).',
    causes: [
      'Bardzo stare lub nietypowe oprogramowanie pocztowe po jednej ze stron.',
      'Brama, która konwertuje między protokołami pocztowymi i źle obsługuje jeden z nich.',
    ],
    steps: [
      'Ustal, jakie oprogramowanie działa po obu stronach, na podstawie powitania serwera i odpowiedzi na EHLO.',
      'Zaktualizuj starszą stronę.',
      'Jeśli w rzeczywistości chodzi o TLS, upewnij się, że obie strony obsługują TLS 1.2.',
    ],
  },
  'X.5.6': {
    title: 'Za długi wiersz uwierzytelniania',
    meaning:
      'W trakcie SMTP AUTH klient wysłał odpowiedź w base64 dłuższą, niż serwer przyjmuje dla danego mechanizmu. Dotyczy klientów i aplikacji, które logują się, aby wysyłać pocztę (client submission), a nie poczty przesyłanej między serwerami; zdarza się rzadko.',
    causes: [
      'Klient wysyła bardzo długie poświadczenie w jednym wierszu, na przykład duży token dostępu OAuth.',
      'Stara biblioteka pocztowa, która nie dzieli ani nie dopasowuje wymiany AUTH tak, jak oczekuje serwer.',
    ],
    steps: [
      'Sprawdź przebieg wymiany AUTH w dzienniku SMTP klienta.',
      'Zaktualizuj klienta lub jego bibliotekę pocztową.',
      'Jeśli klient pozwala wybrać, spróbuj innego mechanizmu uwierzytelniania oferowanego przez serwer.',
    ],
  },
  'X.6.0': {
    title: 'Błąd treści',
    meaning:
      'Coś w treści wiadomości uniemożliwiło jej dostarczenie, a żaden węższy kod nie pasuje. Exchange Online własne odrzucenia z powodu treści zgłasza innymi kodami (5.6.11 przy znakach LF bez poprzedzającego CR, 5.0.350 przy zagnieżdżonych załącznikach, kody rozmiaru), więc 5.6.0 pochodzi zwykle z innego systemu, a przyczyna jest podana w tekście.',
    causes: [
      'Uszkodzona struktura MIME: złe granice części, błędne kodowanie, nieprawidłowe wiersze nagłówka.',
      'Treść, której system odbierający nie chce obsłużyć, na przykład uszkodzony lub nietypowy załącznik.',
      'Nieudana konwersja po drodze, na przykład załącznika winmail.dat albo z 8 bitów na 7 bitów.',
    ],
    steps: [
      'Przeczytaj tekst po kodzie: zwykle wskazuje część, która sprawiła problem.',
      'Wyślij wiadomość bez załącznika albo jako zwykły tekst, aby zawęzić przyczynę.',
      'Jeśli wiadomość tworzy aplikacja, sprawdź z jej dostawcą poprawność tworzonej struktury MIME.',
    ],
  },
  'X.6.1': {
    title: 'Nieobsługiwany typ treści',
    meaning:
      'Serwer odbierający albo następny na trasie nie obsługuje tej postaci wiadomości: typu treści, kodowania lub formatu załącznika. W Exchange Online spotyka się go rzadko.',
    causes: [
      'Treść 8-bitowa lub binarna wysłana do serwera, który nie ogłasza 8BITMIME ani BINARYMIME.',
      'Typ treści, który system odbierający ma ustawiony jako niedozwolony.',
    ],
    steps: [
      'Przeczytaj tekst po kodzie.',
      'Wyślij ponownie ze standardowym kodowaniem: niech załączniki koduje klient pocztowy, a nie aplikacja wysyłająca surowe dane.',
      'Zapytaj administratora po stronie adresata, jakie typy treści przyjmuje.',
    ],
  },
  'X.6.2': {
    title: 'Wymagana konwersja jest zabroniona',
    meaning:
      'Aby wiadomość dało się dostarczyć, jej treść trzeba by przekonwertować (zwykle z 8 bitów na 7 bitów), ale konwersja jest niedozwolona: zabrania jej sama wiadomość albo zasady serwera wysyłającego. W Exchange Online spotyka się go rzadko.',
    causes: [
      'Następny serwer przyjmuje tylko treść 7-bitową, a wiadomość jest 8-bitowa lub binarna.',
      'Wiadomość jest oznaczona jako niepodlegająca konwersji, na przykład dlatego, że konwersja unieważniłaby podpis cyfrowy.',
    ],
    steps: [
      'Wyślij wiadomość w postaci bezpiecznej dla 7 bitów (quoted-printable lub base64); większość klientów robi to po odpowiednim ustawieniu.',
      'Jeśli wiadomość wysyła aplikacja, zmień jej ustawienie kodowania albo zapytaj jej dostawcę.',
    ],
  },
  'X.6.3': {
    title: 'Wymagana konwersja nie jest obsługiwana',
    meaning:
      'Serwer na trasie musiałby przekonwertować treść, zwykle z 8 bitów na 7 bitów dla następnego przeskoku bez 8BITMIME, ale nie potrafi tego zrobić. W Exchange Online spotyka się go rzadko.',
    causes: [
      'Wiadomość 8-bitowa lub binarna musi przejść przez serwer przyjmujący tylko treść 7-bitową, a serwer przed nim nie umie jej przekonwertować.',
      'Brama, która nie umie przekonwertować typu treści ani zestawu znaków wiadomości.',
    ],
    steps: [
      'Wyślij wiadomość ponownie w postaci bezpiecznej dla 7 bitów, z kodowaniem quoted-printable lub base64.',
      'Jeśli wiadomość wysyła aplikacja, zmień jej ustawienie kodowania.',
      'Jeśli zawodzi Twój serwer przekazujący, sprawdź, czy potrafi konwertować, albo skieruj pocztę inną trasą.',
    ],
  },
  'X.6.4': {
    title: 'Konwersja ze stratą danych',
    meaning:
      'Powiadomienie o powodzeniu: wiadomość została dostarczona, ale konwersja po drodze zgubiła jej część, na przykład znaki, których docelowy zestaw znaków nie obsługuje, albo formatowanie. Przychodzi jako powiadomienie o stanie dostarczenia, a nie jako wiadomość zwrócona, i zdarza się rzadko.',
    causes: [
      'Brama przekonwertowała wiadomość na zestaw znaków lub format, który nie mieści całej treści.',
      'Bogate formatowanie zostało po drodze zamienione na zwykły tekst.',
    ],
    steps: [
      'Zapytaj adresata, co dotarło i czy nie brakuje czegoś ważnego.',
      'Jeśli dane przepadły, wyślij je ponownie w trwalszej postaci, na przykład jako załącznik PDF albo w UTF-8.',
      'W Twojej dzierżawie nie trzeba niczego poprawiać, chyba że konwersję wykonała jedna z Twoich bram.',
    ],
  },
  'X.6.5': {
    title: 'Konwersja nie powiodła się',
    meaning:
      'Serwer na trasie musiał przekonwertować treść i spróbował to zrobić, ale konwersja się nie udała. W Exchange Online spotyka się go rzadko; tekst po kodzie zwykle mówi, czego nie dało się przekonwertować.',
    causes: ['Uszkodzony lub zniekształcony załącznik.', 'Zestaw znaków lub format, którego brama konwertująca nie obsługuje.'],
    steps: [
      'Przeczytaj tekst po kodzie.',
      'Wyślij wiadomość ponownie bez podejrzanego załącznika albo z załącznikiem w innym formacie.',
      'Jeśli bramą konwertującą zarządzasz Ty, sprawdź jej dzienniki.',
    ],
    classNotes: {
      '4': 'Błąd przejściowy: konwersja może się udać przy następnej próbie, więc nadawca ponawia wysyłkę.',
      '5': 'Błąd trwały: wyślij wiadomość w innej postaci.',
    },
  },
  'X.6.6': {
    title: 'Treść wiadomości niedostępna',
    meaning:
      'Serwer miał pobrać treść wiadomości z innego miejsca – za pomocą rozszerzenia BURL, dzięki któremu klient pocztowy wysyła wiadomość przechowywaną na serwerze IMAP – i nie zdołał jej uzyskać. Dotyczy tylko klientów korzystających z BURL, a w Exchange Online praktycznie nie występuje.',
    causes: [
      'Łącze IMAP do treści wygasło albo jego autoryzacja straciła ważność.',
      'Serwer, do którego klient wysyła pocztę, nie może połączyć się z serwerem IMAP.',
    ],
    steps: [
      'Wyślij wiadomość z klienta ponownie w zwykły sposób, bez BURL.',
      'Jeśli problem się powtarza, sprawdź ustawienia klienta i serwera IMAP z ich dostawcą.',
    ],
  },
  'X.6.7': {
    title: 'Adres spoza ASCII niedozwolony',
    meaning:
      'Adres w poleceniu MAIL FROM lub RCPT TO zawiera znaki spoza ASCII, na przykład ł albo ş przed znakiem @, a serwer odbierający nie przyjmuje takich adresów od tego nadawcy lub dla tego adresata. Kod należy do umiędzynarodowionej poczty e-mail (SMTPUTF8).',
    causes: [
      'Serwer na trasie nie obsługuje SMTPUTF8, więc nie może przyjąć adresu ze znakami spoza ASCII.',
      'System odbierający obsługuje SMTPUTF8, ale nie dla tej skrzynki.',
      'Adres wpisano – albo uzupełniło go autouzupełnianie – z literami diakrytycznymi, choć prawdziwy adres jest zapisany w ASCII.',
    ],
    steps: [
      'Sprawdź, jak naprawdę zapisuje się adres: wiele osób używa formy w ASCII, na przykład lukasz zamiast łukasz.',
      'Jeśli adres naprawdę zawiera takie znaki, nadawca prosi adresata o adres w ASCII.',
      'Jeśli adres odrzuca Twój serwer, sprawdź, czy obsługuje SMTPUTF8.',
    ],
  },
  'X.6.8': {
    title: 'Wymagana odpowiedź UTF-8 jest niedozwolona',
    meaning:
      'Aby odpowiedzieć na sprawdzenie adresu (polecenie VRFY lub EXPN), serwer musiałby podać nazwę skrzynki w UTF-8, ale klient nie zgłosił obsługi SMTPUTF8. Dotyczy tylko tych poleceń sprawdzających, a nie zwykłego dostarczania, i w Exchange Online praktycznie nie występuje.',
    causes: ['Klient lub narzędzie sprawdza poleceniem VRFY lub EXPN, bez SMTPUTF8, adres zawierający znaki spoza ASCII.'],
    steps: [
      'Użyj klienta lub narzędzia obsługującego SMTPUTF8 albo sprawdź dostarczanie zwykłą wiadomością zamiast polecenia VRFY.',
      'W przypadku zwykłej poczty na taki adres zobacz 5.6.7.',
    ],
    classNotes: {
      '2': 'Z odpowiedzią 252 serwer nie potwierdza adresu, ale i tak spróbuje dostarczyć na niego wiadomość.',
      '4': 'Błąd przejściowy: to samo sprawdzenie może się później udać.',
      '5': 'Błąd trwały: serwer odmawia sprawdzenia.',
    },
  },
  'X.6.9': {
    title: 'Nagłówków UTF-8 nie da się dostarczyć',
    meaning:
      'Wiadomość ma znaki UTF-8 w wierszach nagłówka (wiadomość SMTPUTF8) i nie może dotrzeć do co najmniej jednego adresata, którego serwer tego nie obsługuje, więc zostaje odrzucona już po przesłaniu treści. W Exchange Online spotyka się go rzadko.',
    causes: [
      'Serwer adresata na trasie nie obsługuje SMTPUTF8, a wiadomości z nagłówkami UTF-8 nie da się dla niego sprowadzić do ASCII.',
      'Adresy spoza ASCII w nagłówkach From, To lub Cc.',
    ],
    steps: [
      'Sprawdź, do którego adresata dostarczenie się nie powiodło: raport o niedostarczeniu wymienia takich adresatów.',
      'Wyślij wiadomość do tego adresata ponownie z adresu w ASCII i z adresami w ASCII w nagłówkach.',
      'Zapytaj administratora po stronie adresata, czy jego serwer obsługuje SMTPUTF8.',
    ],
  },
  'X.6.10': {
    title: 'Wycofany duplikat X.6.8',
    meaning:
      'Ten kod zarejestrowano drugi raz, z tym samym znaczeniem co X.6.8, a potem wycofano, więc współczesne serwery pocztowe nie powinny go wysyłać. Jeśli któryś to robi, odczytuj go jak X.6.8.',
    causes: ['Stare oprogramowanie pocztowe, które nadal używa wycofanego kodu.'],
    steps: ['Potraktuj go jak X.6.8 i przeczytaj tekst po kodzie.', 'Jeśli oprogramowanie, które go wysłało, jest Twoje, zaktualizuj je.'],
  },
} satisfies CodeTextsPart;
