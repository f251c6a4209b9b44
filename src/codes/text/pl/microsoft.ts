/** Registry texts (pl): see src/codes/text/README.md for who writes what and how. */
import type { CodeTextsPart } from '../../types';

export default {
  'X.4.312': {
    title: 'Błąd zapytania DNS o serwer docelowy',
    meaning:
      'Microsoft 365 nie może ustalić adresu serwera, do którego ma dostarczyć wiadomość: zapytanie DNS o host inteligentny z łącznika (albo o host MX, jeśli łącznik kieruje pocztę według rekordu MX) zakończyło się błędem lub nie zwróciło żadnego użytecznego rekordu. Nic nie zostało wysłane, a wiadomość czeka w kolejce.',
    causes: [
      'Autorytatywne serwery nazw domeny nie działają lub nie odpowiadają (problem u dostawcy hostingu DNS).',
      'Domena wygasła, więc żadnego z jej rekordów nie da się już rozpoznać.',
      'Nazwa hosta inteligentnego istnieje tylko w wewnętrznym DNS albo jej rekord A lub rekord MX domeny niedawno zmieniono lub usunięto, a serwery DNS wciąż pamiętają starą odpowiedź.',
    ],
    steps: [
      'Odczytaj pole `Message` w treści błędu: `InfoNoRecords` oznacza, że nazwa istnieje, ale nie ma użytecznego rekordu, a `ErrorRetry` wskazuje na niedziałające lub nieosiągalne serwery nazw.',
      'Sprawdź, o jakie nazwy pyta Microsoft 365: `Get-OutboundConnector | Format-List Name,SmartHosts,UseMXRecord`.',
      'Rozpoznaj je spoza własnej sieci: `Resolve-DnsName -Type A <smart-host>`, a przy kierowaniu poczty według rekordu MX `Resolve-DnsName -Type MX <domain>`.',
      'Poproś dostawcę hostingu DNS o poprawienie rekordów (albo właściciela domeny o jej odnowienie), a potem od razu ponów dostarczenie poleceniem `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.4.312: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby dostarczenia przez 24 godziny (tyle wynosi wartość domyślna; od 12 do 24 godzin, jeśli zmieniono ją poleceniem `Set-TransportConfig -MessageExpiration`). Gdy przyczyna zniknie, wiadomość sama opuści kolejkę.',
      '5': 'Postać raportu o niedostarczeniu (NDR) po upływie okresu ponawiania, na przykład `550 5.4.312 Message expired, DNS query failed(InfoNoRecords)`: ten sam błąd DNS, tym razem ostateczny. Najpierw napraw DNS, potem poproś nadawcę o ponowne wysłanie wiadomości.',
    },
  },
  'X.4.315': {
    title: 'Przekroczono limit czasu połączenia',
    meaning:
      'Microsoft 365 próbował nawiązać połączenie z serwerem docelowym na porcie TCP 25, ale do upływu limitu czasu nie dostał żadnej odpowiedzi (błąd gniazda systemu Windows 10060). Nikt połączenia nie odrzucił: próba po prostu pozostała bez odpowiedzi.',
    causes: [
      'Lokalny serwer poczty lub serwer partnera nie działa albo nic nie nasłuchuje na porcie 25.',
      'Zapora sieciowa po cichu porzuca (zamiast odrzucać) połączenia z adresów Microsoft 365, często z powodu nieaktualnej listy dozwolonych adresów.',
      'Host inteligentny w łączniku wskazuje zły lub stary adres IP, na przykład po zmianie dostawcy internetu.',
    ],
    steps: [
      'Sprawdź stronę Kondycja usługi (Service health) w Centrum administracyjnym platformy Microsoft 365: awaria po stronie Microsoftu daje ten sam błąd.',
      'Porównaj adres z pola `LastAttemptedIP` z hostem inteligentnym w łączniku: `Get-OutboundConnector | Format-List Name,SmartHosts`.',
      'Z sieci, z której wolno łączyć się na port 25 (nie z maszyny wirtualnej w Azure), uruchom `Test-NetConnection <smart-host> -Port 25`.',
      'Jeśli test kończy się przekroczeniem limitu czasu, sprawdź, czy serwer i jego usługa SMTP działają, a potem poszukaj w dzienniku zapory porzuconych połączeń z Microsoft 365.',
    ],
    classNotes: {
      '4': '450 4.4.315: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby dostarczenia przez 24 godziny (tyle wynosi wartość domyślna; od 12 do 24 godzin, jeśli zmieniono ją poleceniem `Set-TransportConfig -MessageExpiration`). Gdy przyczyna zniknie, wiadomość sama opuści kolejkę.',
      '5': 'Po upływie okresu ponawiania nadawca dostaje raport o niedostarczeniu (NDR) z kodem 5.4.315 (kod podstawowy 550): to samo połączenie bez odpowiedzi, tym razem ostatecznie. Napraw drogę do serwera, a potem poproś nadawcę o ponowne wysłanie.',
    },
  },
  'X.4.316': {
    title: 'Połączenie odrzucone',
    meaning:
      'Microsoft 365 dotarł do adresu docelowego, ale połączenie z portem 25 zostało wprost odrzucone (błąd gniazda systemu Windows 10061): serwer albo urządzenie przed nim odpowiedziało resetem połączenia.',
    causes: [
      'Zapora sieciowa odrzuca połączenia z adresów Microsoft 365 na port 25.',
      'Serwer działa, ale jego usługa SMTP jest zatrzymana albo nasłuchuje na innym adresie lub porcie.',
      'Sytuacja spodziewana: wszystkie skrzynki przeniesiono do Microsoft 365 i wyłączono serwery lokalne, ale łącznik wciąż kieruje tam pocztę.',
    ],
    steps: [
      'Sprawdź, czy adres z pola `LastAttemptedIP` to nadal Twój serwer poczty, i przetestuj go spoza sieci: `Test-NetConnection <smart-host> -Port 25`.',
      'Poszukaj w dzienniku zapory sieciowej połączeń z Microsoft 365 odrzuconych w godzinach kolejnych prób.',
      'Jeśli skrzynki nadal są w środowisku lokalnym, zezwól na połączenia na port TCP 25 z zakresów Exchange Online z opublikowanej przez Microsoft listy „Microsoft 365 URLs and IP address ranges”.',
      'Jeśli w środowisku lokalnym nie ma już żadnych skrzynek, wyłącz łącznik (`Set-OutboundConnector -Identity "<name>" -Enabled $false`) i zmień typ zaakceptowanej domeny na Autorytatywny (Authoritative): `Set-AcceptedDomain -Identity <domain> -DomainType Authoritative`.',
    ],
    classNotes: {
      '4': '450 4.4.316: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby dostarczenia przez 24 godziny (tyle wynosi wartość domyślna; od 12 do 24 godzin, jeśli zmieniono ją poleceniem `Set-TransportConfig -MessageExpiration`). Gdy przyczyna zniknie, wiadomość sama opuści kolejkę.',
      '5': 'Po upływie okresu ponawiania raport o niedostarczeniu (NDR) zawiera wiersz `550 5.4.316 Message expired, connection refused(Socket error code 10061)`: to samo odrzucenie, tym razem ostateczne. Tekst w nawiasie to ostatni zarejestrowany błąd.',
    },
  },
  'X.4.317': {
    title: 'Nie można połączyć się z serwerem zdalnym',
    meaning:
      'Microsoft 365 dotarł do serwera docelowego, ale nie udało się nawiązać z nim sesji SMTP: serwer od razu odpowiedział błędem, zawiodło szyfrowanie TLS lub sprawdzenie certyfikatu albo sesja w ogóle się nie rozpoczęła. Nowsze komunikaty mają brzmienie `Cannot establish session with remote server`; który to przypadek, pokazuje pole `Message`.',
    causes: [
      'Serwer od razu odmawia sesji, na przykład odpowiedzią `421 4.3.2 Service not available` (usługa transportu jest zatrzymana lub przeciążona albo wyczerpał się limit połączeń).',
      'Łącznik wymaga TLS, a serwer go nie oferuje (`451 5.7.3 STARTTLS is required to send mail`) albo negocjacja TLS kończy się błędem.',
      'Certyfikat nie przechodzi sprawdzenia ustawionego w łączniku: `SubjectMismatch`, `CertificateExpired` lub `UntrustedRoot` (serwer nie wysyła certyfikatów pośrednich).',
      'Sesja w ogóle się nie rozpoczęła: `Failed to connect. Winsock error code: 995` albo `451 4.4.0 Socket error SocketError`.',
    ],
    steps: [
      'Odczytaj pole `Message` w śledzeniu wiadomości (`Get-MessageTraceDetailV2`) lub w raporcie o wiadomościach w kolejce: wskazuje, o który przypadek chodzi.',
      'Przy błędzie certyfikatu sprawdź, co przedstawia serwer: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>`.',
      'Porównaj wynik z ustawieniami TLS łącznika: `Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts`.',
      'Napraw stronę serwera (usługę transportu, STARTTLS, certyfikat z pełnym łańcuchem) albo łącznik, a potem ponów dostarczenie poleceniem `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.4.317: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby dostarczenia przez 24 godziny (tyle wynosi wartość domyślna; od 12 do 24 godzin, jeśli zmieniono ją poleceniem `Set-TransportConfig -MessageExpiration`). Gdy przyczyna zniknie, wiadomość sama opuści kolejkę.',
      '5': 'Po upływie okresu ponawiania raport o niedostarczeniu (NDR) zawiera kod 5.4.317, a w nawiasie ostatnią przyczynę, na przykład `550 5.4.317 Message expired, cannot connect to remote server(451 5.7.3 STARTTLS is required to send mail)`. To ten sam błąd, tym razem ostateczny.',
    },
  },
  'X.4.318': {
    title: 'Połączenie zostało nagle zamknięte',
    meaning:
      'Sesja SMTP z serwerem docelowym już się zaczęła, ale została przerwana, zanim wiadomość dotarła. Sam kod nie mówi, kto ją przerwał: więcej powie pole `Message` (na przykład `SuspiciousRemoteServerError` albo błąd gniazda 10054, czyli reset połączenia) i dzienniki strony odbierającej.',
    causes: [
      'Zapora sieciowa z inspekcją SMTP (ESMTP) zrywa sesję albo zakłóca jej przebieg.',
      'Serwer lokalny jest w złym stanie (usługa transportu się zawiesza lub ulega awarii, brakuje zasobów), więc po upływie limitu czasu zamyka połączenie.',
      'Problemy z siecią między Microsoft 365 a serwerem: niestabilne łącze, urządzenie VPN lub IPS, źle ustawione MTU.',
    ],
    steps: [
      'Najpierw sprawdź stronę Kondycja usługi (Service health): awarie po stronie Microsoftu wywoływały ten błąd w wielu dzierżawach naraz.',
      'Wyłącz inspekcję SMTP na zaporze przed serwerem poczty albo wyłącz z niej adresy Microsoft 365.',
      'Przejrzyj dziennik protokołu SMTP i dziennik zdarzeń serwera odbierającego z godzin widocznych w śledzeniu wiadomości (czas UTC).',
      'Jeśli serwer i zapora są w porządku, przekaż godziny i adresy zespołowi sieciowemu lub dostawcy internetu.',
    ],
    classNotes: {
      '4': '450 4.4.318: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby dostarczenia przez 24 godziny (tyle wynosi wartość domyślna; od 12 do 24 godzin, jeśli zmieniono ją poleceniem `Set-TransportConfig -MessageExpiration`). Gdy przyczyna zniknie, wiadomość sama opuści kolejkę.',
      '5': 'Po upływie okresu ponawiania nadawca dostaje raport o niedostarczeniu (NDR) z kodem 5.4.318 albo z kodem 5.4.300 i łańcuchem błędów: te same zrywane sesje, tym razem ostatecznie. Usuń przyczynę, a potem poproś nadawcę o ponowne wysłanie.',
    },
  },
  'X.7.320': {
    title: 'Weryfikacja certyfikatu nie powiodła się',
    meaning:
      'Microsoft 365 nawiązał z serwerem docelowym sesję TLS, ale odrzucił jego certyfikat zgodnie z ustawieniami TLS łącznika (sprawdzanie certyfikatu lub domeny). Większość błędów certyfikatu na łącznikach pojawia się jednak jako 4.4.317, z werdyktem w polu `Message`; ten kod jest rzadszą postacią.',
    causes: [
      'Certyfikat wygasł albo nie jest jeszcze ważny.',
      'Nazwy w certyfikacie nie zgadzają się z tym, czego oczekuje łącznik (`TlsDomain` albo nazwa hosta inteligentnego).',
      'Łańcuch certyfikatu nie prowadzi do publicznego głównego urzędu certyfikacji zaufanego przez Microsoft 365: to certyfikat z podpisem własnym, wystawiony przez wewnętrzny urząd certyfikacji, odwołany albo wysłany bez certyfikatów pośrednich.',
    ],
    steps: [
      'Odczytaj szczegóły błędu w śledzeniu wiadomości: zwykle wskazują, które sprawdzenie zawiodło.',
      'Obejrzyj certyfikat: `openssl s_client -connect <host>:25 -starttls smtp -servername <host>` pokazuje podmiot, nazwy, daty ważności i łańcuch.',
      'Odnów lub wymień certyfikat (publiczny urząd certyfikacji, pełny łańcuch, właściwe nazwy) albo popraw `TlsDomain` w łączniku poleceniem `Set-OutboundConnector`.',
      'W programie Exchange Server po przypisaniu nowego certyfikatu uruchom ponownie usługę Frontend Transport, a następnie wykonaj `Validate-OutboundConnector`.',
    ],
    classNotes: {
      '4': '450 4.7.320: wiadomość czeka w kolejce, a Microsoft 365 ponawia próby przez 24 godziny (domyślnie; od 12 do 24 godzin po zmianie `Set-TransportConfig -MessageExpiration`). Jeśli po tym czasie certyfikat nadal jest odrzucany, wiadomość wygasa, a nadawca dostaje raport o niedostarczeniu (NDR).',
    },
  },
  'X.4.300': {
    title: 'Wiadomość wygasła',
    meaning:
      'Ogólny raport o niedostarczeniu (NDR) po wygaśnięciu wiadomości: Exchange Online nie zdołał jej dostarczyć w okresie ponawiania (domyślnie 24 godziny) i zrezygnował. Kod mówi tylko, że skończył się czas; przyczynę podaje dalsza część komunikatu, zwykle łańcuch błędów połączonych znakami `->`, albo ostatnia próba przytoczona w raporcie.',
    causes: [
      'Przez cały ten czas nie dało się połączyć z serwerem docelowym (`Unable to connect` w łańcuchu; zob. 4.4.315 i 4.4.316).',
      'Sesje wciąż się zrywały (`ConnectionReset` lub `SocketError` w łańcuchu; zob. 4.4.318).',
      'Nie dało się dostarczyć pierwotnemu nadawcy raportu o niedostarczeniu, który dotyczył tej wiadomości.',
    ],
    steps: [
      'Otwórz w raporcie sekcję informacji diagnostycznych dla administratorów (Diagnostic information for administrators) i przeczytaj tekst po `Message expired`, aż do ostatniego `->`.',
      'Znajdź odroczenia w śledzeniu wiadomości (`Get-MessageTraceV2`, a potem `Get-MessageTraceDetailV2`): każde zdarzenie Defer podaje serwer i błąd.',
      'Za właściwą przyczynę uznaj błąd najgłębiej w łańcuchu i usuń go tak, jak opisuje jego własny kod (błąd gniazda 10060 to przekroczenie limitu czasu, 10061 odrzucenie, 10054 reset).',
      'Potem poproś nadawcę o ponowne wysłanie: wygasłej wiadomości nikt już nie ponawia.',
    ],
  },
  'X.4.310': {
    title: 'Domena odbiorcy nie istnieje',
    meaning:
      'Domena po znaku @ w ogóle nie istnieje w publicznym DNS: zapytanie zwróciło odpowiedź, że takiej domeny nie ma (`InfoDomainNonexistent`). Exchange Online od razu odsyła wiadomość, zamiast zostawiać ją w kolejce, bo ponawianie i tak nic by nie dało.',
    causes: [
      'Literówka w domenie odbiorcy.',
      'Domena wygasła lub została usunięta u rejestratora.',
      'Domena istnieje tylko w wewnętrznym DNS, którego Microsoft 365 nie widzi.',
    ],
    steps: [
      'Sprawdź z nadawcą pisownię adresu.',
      'Sprawdź domenę spoza własnej sieci: `Resolve-DnsName -Type MX <domain>` lub `nslookup -type=mx <domain>`.',
      'Jeśli domena należy do Ciebie lub do partnera, doprowadź do jej odnowienia albo przywrócenia strefy DNS; domena wyłącznie wewnętrzna wymaga łącznika, który kieruje pocztę do hosta inteligentnego.',
    ],
  },
  'X.4.397': {
    title: 'Błąd komunikacji z hostem docelowym',
    meaning:
      'Serwer wysyłający nie zdołał przeprowadzić wymiany SMTP z następnym przeskokiem, a powód podaje w łańcuchu za tekstem błędu, na przykład `-> 421 4.2.1 Unable to connect -> SocketError`. Ten kod widać głównie w kolejkach lokalnego serwera Exchange Server, który wysyła pocztę do Microsoft 365 lub do internetu (w kierunku odwrotnym niż błędy łączników), czasem też w Exchange Online przy dostarczaniu do zewnętrznego hosta.',
    causes: [
      'Nie da się nawiązać połączenia: port 25 jest zablokowany lub nieosiągalny (błędy gniazda 10060, 10051) albo połączenie zostaje odrzucone (`SocketConnectionRefused`, 10061).',
      'Połączenie powstaje, ale zostaje zresetowane (`ConnectionReset`), często przez zaporę sieciową albo niezgodność ustawień TLS po drodze.',
      'Łącznik wysyłający wskazuje zły host inteligentny albo na serwerze wysyłającym zawodzi rozpoznawanie nazw.',
    ],
    steps: [
      'Przeczytaj cały łańcuch; w programie Exchange Server: `Get-Queue | Format-List Identity,Status,LastError,NextHopDomain`.',
      'Z serwera wysyłającego przetestuj następny przeskok poleceniem `Test-NetConnection <host> -Port 25`: wielu dostawców internetu blokuje wychodzące połączenia na port 25.',
      'Sprawdź zaporę dla ruchu wychodzącego oraz host inteligentny i ustawienia TLS łącznika wysyłającego; dla poczty do Microsoft 365 celem jest host Twojej domeny w `mail.protection.outlook.com`.',
      'Po naprawie ponów kolejkę poleceniem `Retry-Queue -Identity <queue>` albo zaczekaj na kolejną automatyczną próbę.',
    ],
  },
  'X.4.8': {
    title: 'Hosty MX niezgodne z zasadami MTA-STS domeny',
    meaning:
      'Domena odbiorcy publikuje zasady MTA-STS w trybie wymuszania, a Exchange Online stwierdził, że jej hosty MX nie należą do hostów dozwolonych przez te zasady. Zamiast dostarczać pocztę do hosta, za którego domena nie ręczy, wstrzymuje wiadomość. Błąd leży w konfiguracji domeny odbiorcy, nie w Twoich łącznikach.',
    causes: [
      'Domena przeniosła pocztę (nowy dostawca, nowe rekordy MX), ale nie zaktualizowała wierszy `mx:` w pliku zasad.',
      'Literówka w pliku zasad albo wzorzec, który nie obejmuje hosta MX (symbol wieloznaczny obejmuje tylko jeden człon nazwy).',
      'Zasady zmieniono bez zmiany wartości `id` w rekordzie TXT `_mta-sts`, więc nadawcy wciąż korzystają ze starej wersji zapamiętanej w pamięci podręcznej.',
    ],
    steps: [
      'Porównaj rekordy MX domeny (`Resolve-DnsName -Type MX <domain>`) z jej zasadami pod adresem `https://mta-sts.<domain>/.well-known/mta-sts.txt`.',
      'Sprawdź też rekord TXT: `Resolve-DnsName -Type TXT _mta-sts.<domain>`.',
      'Prześlij oba wyniki administratorowi domeny odbiorcy: musi poprawić wiersze `mx:`, a potem zmienić wartość `id`.',
      'Jeśli to Twoja domena, zrób to sam; przełączenie zasad na `mode: testing` wyłącza wymuszanie na czas naprawy.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, gdy zasady i hosty MX staną się zgodne przed upływem okresu ponawiania.',
      '5': 'Okres ponawiania minął albo błąd uznano za ostateczny: nadawca dostał raport o niedostarczeniu (NDR) z kodem 5.4.8. Wyślij wiadomość ponownie, gdy domena odbiorcy poprawi swoje zasady.',
    },
  },
  'X.4.14': {
    title: 'Wykryto pętlę poczty',
    meaning:
      'Exchange Online zatrzymał wiadomość, która krążyła między serwerami (przekroczyła dopuszczalną liczbę przeskoków), i odesłał ją nadawcy. Pętla bierze się z konfiguracji, która kieruje pocztę z powrotem tam, skąd przyszła; 5.4.6 to ten sam problem zgłaszany przez lokalny Exchange Server.',
    causes: [
      'Zaakceptowana domena ma typ Przekazywanie wewnętrzne (Internal Relay), łącznik do środowiska lokalnego dostarcza pocztę według rekordu MX, a rekord MX wskazuje z powrotem na Microsoft 365.',
      'We wdrożeniu hybrydowym brakuje łącznika do środowiska lokalnego, łącznik nie ma typu OnPremises albo jest ograniczony do części zaakceptowanych domen, choć cała poczta przechodzi przez środowisko lokalne.',
      'Przekazywanie poczty między skrzynką a zewnętrznym systemem, który odsyła ją z powrotem.',
    ],
    steps: [
      'Prześledź przeskoki w nagłówkach zwróconej wiadomości lub w śledzeniu wiadomości i ustal, które dwa systemy odbijają ją między sobą.',
      'Sprawdź `Get-AcceptedDomain` oraz `Get-OutboundConnector | Format-List Name,ConnectorType,SmartHosts,UseMXRecord,RecipientDomains,RouteAllMessagesViaOnPremises`.',
      'Skieruj łącznik do środowiska lokalnego na host inteligentny zamiast rekordu MX albo uruchom jeszcze raz Kreatora konfiguracji hybrydowej; usuń reguły przekazywania, które tworzą pętlę.',
    ],
  },
  'X.7.321': {
    title: 'DANE: host MX nie oferuje TLS',
    meaning:
      'Strefa domeny odbiorcy jest podpisana DNSSEC, a domena publikuje rekordy TLSA dla swoich hostów MX, więc Exchange Online musi dostarczyć pocztę przez zweryfikowane połączenie TLS. Host MX nie odpowiedział na STARTTLS albo uzgadnianie TLS się nie powiodło, a DANE nie pozwala wrócić do sesji nieszyfrowanej.',
    causes: [
      'STARTTLS jest wyłączony lub działa wadliwie na serwerze odbierającym albo na urządzeniu filtrującym przed nim.',
      'Zapora sieciowa z inspekcją SMTP usuwa STARTTLS z odpowiedzi serwera.',
      'Serwer dopuszcza tylko wersje TLS lub szyfry, których Exchange Online już nie używa (np. TLS 1.0 lub 1.1).',
    ],
    steps: [
      'Sprawdź, co oferuje host MX: `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'Przekaż wynik administratorowi domeny odbiorcy: tylko on może naprawić serwer albo wycofać rekordy TLSA.',
      'Jeśli to Twoja domena, najpierw napraw TLS na hoście MX; rekordy TLSA usuwaj tylko w ostateczności i pamiętaj o ich czasie TTL.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, jeśli domena odbiorcy usunie problem przed upływem okresu ponawiania.',
      '5': 'Wiadomość wróciła do nadawcy w raporcie o niedostarczeniu (NDR): błąd trwał zbyt długo albo był ostateczny. Wyślij ją ponownie, gdy domena odbiorcy naprawi swoją stronę.',
    },
  },
  'X.7.322': {
    title: 'DANE: certyfikat hosta MX wygasł',
    meaning:
      'Domena odbiorcy korzysta z DANE, a jej host MX przedstawił certyfikat po terminie ważności. Gdy obowiązuje DANE, Exchange Online nie dostarczy poczty przez taką sesję.',
    causes: [
      'Certyfikatu na hoście MX (albo na bramie przed nim) nie odnowiono na czas.',
      'Odnowiony certyfikat zainstalowano, ale usługa wciąż przedstawia stary.',
    ],
    steps: [
      'Sprawdź daty ważności: pokazuje je `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'Powiadom administratora domeny odbiorcy; jeśli to Twoja domena, odnów certyfikat i przypisz go do usługi SMTP.',
      'Zanim nowy certyfikat zacznie działać, opublikuj pasujący do niego rekord TLSA obok starego, bo inaczej kolejnym błędem będzie 4.7.323.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, jeśli domena odbiorcy usunie problem przed upływem okresu ponawiania.',
      '5': 'Wiadomość wróciła do nadawcy w raporcie o niedostarczeniu (NDR): błąd trwał zbyt długo albo był ostateczny. Wyślij ją ponownie, gdy domena odbiorcy naprawi swoją stronę.',
    },
  },
  'X.7.323': {
    title: 'DANE: certyfikat niezgodny z rekordami TLSA',
    meaning:
      'Kontrola DNSSEC domeny wypadła pomyślnie, ale certyfikat przedstawiony przez jej host MX nie pasuje do żadnego z rekordów TLSA, więc weryfikacja DANE kończy się niepowodzeniem. Może to też oznaczać błędny rekord TLSA, certyfikat z datą początku ważności w przyszłości albo atak na drodze do serwera.',
    causes: [
      'Certyfikat lub jego klucz wymieniono, zanim opublikowano pasujący rekord TLSA (typowa sytuacja po odnowieniu).',
      'Sam rekord TLSA jest błędny: zły skrót, niewłaściwe pola usage, selector lub matching type albo zła nazwa rekordu.',
      'Urządzenie na drodze do serwera przedstawia własny certyfikat zamiast certyfikatu hosta MX.',
    ],
    steps: [
      'Wyświetl rekordy: `dig +dnssec TLSA _25._tcp.<mx-host>`.',
      'Porównaj je z certyfikatem, który pokazuje `openssl s_client -connect <mx-host>:25 -starttls smtp`.',
      'Administrator domeny odbiorcy publikuje rekord TLSA dla bieżącego certyfikatu lub klucza; na czas wymiany stary i nowy rekord powinny istnieć równolegle.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, jeśli domena odbiorcy usunie problem przed upływem okresu ponawiania.',
      '5': 'Wiadomość wróciła do nadawcy w raporcie o niedostarczeniu (NDR): błąd trwał zbyt długo albo był ostateczny. Wyślij ją ponownie, gdy domena odbiorcy naprawi swoją stronę.',
    },
  },
  'X.7.324': {
    title: 'DANE: nieprawidłowe rekordy DNSSEC',
    meaning:
      'DNS domeny odbiorcy deklaruje, że strefa jest podpisana DNSSEC, ale Exchange Online nie zdołał zweryfikować odpowiedzi. Nie może więc ufać rekordom MX ani TLSA tej domeny i wstrzymuje wiadomość.',
    causes: [
      'Podpisy (RRSIG) wygasły, bo strefa nie jest już na bieżąco podpisywana.',
      'Rekord DS u rejestratora nie pasuje do kluczy strefy po wymianie kluczy albo przeniesieniu domeny do innego dostawcy DNS.',
      'Część serwerów nazw domeny podaje niepodpisane lub nieaktualne dane.',
    ],
    steps: [
      'Sprawdź łańcuch zaufania narzędziem do analizy DNSSEC, np. DNSViz, albo poleceniem `dig +dnssec MX <domain>`.',
      'Przekaż wynik administratorowi domeny odbiorcy lub jej dostawcy hostingu DNS: strefę trzeba ponownie podpisać albo poprawić rekord DS u rejestratora.',
      'Jeśli to Twoja domena, najpierw popraw rekord DS; wyłączenie DNSSEC też usuwa błąd, ale dopiero gdy rekord DS zniknie i upłynie jego TTL.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, jeśli domena odbiorcy usunie problem przed upływem okresu ponawiania.',
      '5': 'Wiadomość wróciła do nadawcy w raporcie o niedostarczeniu (NDR): błąd trwał zbyt długo albo był ostateczny. Wyślij ją ponownie, gdy domena odbiorcy naprawi swoją stronę.',
    },
  },
  'X.7.325': {
    title: 'DANE: nazwa w certyfikacie niezgodna z hostem',
    meaning:
      'Domena odbiorcy korzysta z DANE, a certyfikat przedstawiony przez jej host MX nie zawiera ani nazwy hosta MX, ani nazwy domeny: nie ma ich w polu podmiotu ani wśród alternatywnych nazw podmiotu (SAN).',
    causes: [
      'Serwer przedstawia certyfikat domyślny lub wewnętrzny (np. wystawiony na wewnętrzną nazwę serwera) zamiast certyfikatu dla nazwy z rekordu MX.',
      'Rekord MX przeniesiono na nową nazwę hosta, której certyfikat nie obejmuje.',
    ],
    steps: [
      'Sprawdź nazwy w certyfikacie: `openssl s_client -connect <mx-host>:25 -starttls smtp -servername <mx-host>`.',
      'Porównaj je z nazwami hostów MX: `Resolve-DnsName -Type MX <domain>`.',
      'Administrator domeny odbiorcy instaluje certyfikat obejmujący nazwę z rekordu MX i dostosowuje do niego rekordy TLSA.',
    ],
    classNotes: {
      '4': 'Exchange Online trzyma wiadomość w kolejce i ponawia próby; zostanie dostarczona, jeśli domena odbiorcy usunie problem przed upływem okresu ponawiania.',
      '5': 'Wiadomość wróciła do nadawcy w raporcie o niedostarczeniu (NDR): błąd trwał zbyt długo albo był ostateczny. Wyślij ją ponownie, gdy domena odbiorcy naprawi swoją stronę.',
    },
  },
  'X.7.500-699': {
    title: 'Serwer zajęty: ograniczanie przepustowości dla adresu IP nadawcy',
    meaning:
      'Microsoft 365 wstrzymuje pocztę z łączącego się adresu IP, bo sposób wysyłania z niego gwałtownie się zmienił (zwykle wysyła on znacznie więcej niż wcześniej) albo ruch wygląda podejrzanie. To tymczasowe ograniczanie przepustowości w ramach ochrony przed spamem: serwer wysyłający dostaje odpowiedź 451 i powinien ponowić próbę później. Opis dotyczy całego zakresu od 4.7.500 do 4.7.699.',
    causes: [
      'Nowy lub zmieniony adres IP nadawcy (nowy serwer, dostawca, usługa w chmurze), bez historii w Microsoft 365, zaczyna wysyłać dużo poczty.',
      'Twój lokalny serwer przekazuje pocztę wychodzącą przez Microsoft 365 bez łącznika przychodzącego, więc jego poczta jest traktowana jak anonimowa poczta z internetu.',
      'Poczta przychodząca przechodzi najpierw przez zewnętrzną usługę filtrowania, dla której nie ma łącznika partnerskiego, więc cała wydaje się pochodzić z adresów tej usługi.',
      'Duże ilości poczty wysyłane z początkowej domeny onmicrosoft.com, objętej ostrzejszymi limitami i filtrowaniem.',
    ],
    steps: [
      'Zanotuj adres IP z odpowiedzi serwera i ustal, do kogo należy.',
      'Jeśli to Twój serwer przekazujący pocztę przez Microsoft 365, utwórz dla niego łącznik przychodzący typu `OnPremises` (`New-InboundConnector`), który rozpoznaje go po adresie IP lub certyfikacie.',
      'Jeśli przed Microsoft 365 działa zewnętrzna usługa, skonfiguruj dla niej partnerski łącznik przychodzący z ograniczeniami zabezpieczeń.',
      'W pozostałych przypadkach pozwól serwerowi wysyłającemu ponawiać próby: ograniczenie słabnie, gdy adres IP zbuduje historię, zwykle w ciągu kilku dni.',
    ],
  },
  'X.7.850-899': {
    title: 'Adres IP nadawcy tymczasowo ograniczony',
    meaning:
      'Ta sama rodzina co 4.7.500–4.7.699: Microsoft 365 wykrył podejrzany ruch z tego konkretnego adresu IP i wstrzymuje z niego pocztę na czas oceny. Serwer wysyłający powinien ponawiać próby; jeśli ruch jest prawidłowy, ograniczenie po pewnym czasie zostanie zniesione. Opis dotyczy całego zakresu od 4.7.850 do 4.7.899.',
    causes: [
      'Nagły wzrost liczby wiadomości albo poczta wyglądająca na spam z tego adresu IP.',
      'Przejęte konto lub otwarty przekaźnik (open relay) na serwerze wysyłającym rozsyła spam.',
      'Adres IP jest współdzielony (hosting, usługa w chmurze) z nadawcami spamu.',
    ],
    steps: [
      'Sprawdź kolejkę wychodzącą i dzienniki serwera wysyłającego pod kątem nietypowej liczby wiadomości lub nieznanych nadawców.',
      'Jeśli serwer lub konto zostało przejęte, najpierw zatrzymaj wysyłkę i zamknij otwarty przekaźnik.',
      'Pozwól serwerowi dalej ponawiać próby; jeśli przy czystym ruchu ograniczenie trwa całymi dniami, administrator nadawcy zgłasza sprawę pomocy technicznej Microsoft.',
    ],
  },
  'X.7.66': {
    title: 'TLS 1.0 i 1.1 nie są obsługiwane',
    meaning:
      'Urządzenie lub aplikacja próbowały przesłać pocztę do Exchange Online przez SMTP AUTH (smtp.office365.com, port 587) z użyciem TLS 1.0 lub 1.1. Exchange Online przyjmuje tylko TLS 1.2 lub nowszy i zamyka sesję. Kod podstawowy 421 wygląda na błąd tymczasowy, ale ponawianie nic nie da, dopóki klient nie zacznie używać nowszego TLS.',
    causes: [
      'Stara drukarka wielofunkcyjna, skaner lub inne urządzenie, którego oprogramowanie układowe zna tylko TLS 1.0 lub 1.1.',
      'Aplikacja działająca na starym środowisku uruchomieniowym (starszy .NET Framework lub Java), które domyślnie nie używa TLS 1.2.',
      'Stary system operacyjny, w którym TLS 1.2 nie jest włączony dla klienta SMTP.',
    ],
    steps: [
      'Znajdź te urządzenia i aplikacje w raporcie o klientach SMTP AUTH (SMTP AUTH clients report) w Centrum administracyjnym programu Exchange (Raporty > Przepływ poczty, Reports > Mail flow).',
      'Zaktualizuj oprogramowanie układowe urządzenia, środowisko uruchomieniowe lub system tak, aby negocjowały TLS 1.2, i wymuś jego użycie w aplikacji.',
      'Jeśli urządzenia nie da się zaktualizować, niech wysyła pocztę przez lokalny serwer przekazujący, który łączy się z Microsoft 365 przez TLS 1.2, albo wymień je.',
    ],
  },
  'X.0.350': {
    title: 'Odrzucono: przyczyna w treści komunikatu',
    meaning:
      'Ogólny kod, którym Exchange Online opakowuje wiele różnych odrzuceń, w większości zgłaszanych przez system poczty odbiorcy. Sam kod mówi niewiele: przyczyna jest w tekście, który następuje po nim w raporcie o niedostarczeniu (NDR). Dwa teksty mają znane rozwiązania: `x-dg-ref header is too long` oraz `Requested action not taken: policy violation detected (AS345)`.',
    causes: [
      'Wiadomość w formacie RTF zawiera załączoną wiadomość, która ma własne załączniki, przez co nagłówek robi się za długi dla serwera odbierającego (`x-dg-ref header is too long`).',
      'Załącznik, np. dokument programu Word, zawiera 20 lub więcej osadzonych plików (AS345).',
      'Dowolna inna reguła lub limit systemu odbiorcy, przytoczone w informacjach diagnostycznych.',
    ],
    steps: [
      'Przeczytaj tekst po kodzie 5.0.350 w informacjach diagnostycznych dla administratorów.',
      'Przy błędzie nagłówka wysyłaj w formacie HTML zamiast RTF albo wyłącz RTF dla tej domeny docelowej: `Set-RemoteDomain -Identity <name> -TNEFEnabled $false`.',
      'Przy AS345 usuń osadzone pliki z załącznika albo wyślij je osobno.',
      'W pozostałych przypadkach prześlij pełny tekst administratorowi odbiorcy: rozwiązanie leży zwykle po jego stronie.',
    ],
  },
  'X.1.90': {
    title: 'Osiągnięto dzienny limit odbiorców',
    meaning:
      'Exchange Online zablokował nadawcę, bo skrzynka wysłała w ciągu 24 godzin wiadomości do większej liczby odbiorców, niż pozwala usługa (limit odbiorców: 10 000 dziennie). Dopóki liczba nie spadnie poniżej limitu, skrzynka nie może wysyłać. Nagłe osiągnięcie tego limitu to też typowy objaw przejęcia konta.',
    causes: [
      'Konto zostało przejęte i służy do rozsyłania spamu.',
      'Użytkownik lub aplikacja używa zwykłej skrzynki do masowych wysyłek lub newsletterów.',
      'Skrypt lub urządzenie wysyłające przez tę skrzynkę wpadło w pętlę.',
    ],
    steps: [
      'Sprawdź, co skrzynka ostatnio wysłała: `Get-MessageTraceV2 -SenderAddress <address>`.',
      'Jeśli widzisz coś nieznanego, potraktuj to jako przejęcie konta: zresetuj hasło, zakończ wszystkie sesje, sprawdź reguły skrzynki odbiorczej i przekazywanie poczty.',
      'Odczekaj, aż minie 24-godzinne okno; masowe wysyłki przenieś do usługi przeznaczonej do poczty masowej.',
    ],
  },
  'X.2.121': {
    title: 'Przekroczono godzinny limit wiadomości od jednego nadawcy do jednego odbiorcy',
    meaning:
      'Odbiorca w Exchange Online dostał w ciągu godziny od jednego i tego samego nadawcy więcej wiadomości, niż usługa przyjmuje, więc kolejne wiadomości od tego nadawcy są na razie odrzucane. Limit chroni skrzynki przed zalewem poczty z systemów automatycznych.',
    causes: [
      'Aplikacja, system monitorowania lub urządzenie wysyła na ten sam adres alert lub powiadomienie o każdym zdarzeniu.',
      'Pętla poczty: odpowiedzi automatyczne lub reguły przekazywania odbijają wiadomości między dwiema skrzynkami.',
      'Wadliwy skrypt, który w kółko wysyła tę samą wiadomość.',
    ],
    steps: [
      'Ustal nadawcę i liczbę wiadomości w śledzeniu wiadomości: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Poproś nadawcę o grupowanie lub spowolnienie wysyłki; alerty wysyłaj w zestawieniach albo rozłóż je na kilka adresów.',
      'Przerwij ewentualną pętlę (odpowiedź automatyczną lub regułę przekazywania) i wyślij wiadomość ponownie później: limit liczy się w oknach godzinnych.',
    ],
  },
  'X.2.122': {
    title: 'Przekroczono godzinny limit wiadomości przychodzących do odbiorcy',
    meaning:
      'Odbiorca w Exchange Online dostał w ciągu godziny, łącznie od wszystkich nadawców, więcej wiadomości, niż usługa przyjmuje dla jednej skrzynki, więc nowe wiadomości są na razie odrzucane. Limit chroni skrzynkę i usługę przed nawałnicą poczty.',
    causes: [
      'Wiele systemów wysyła powiadomienia na jeden wspólny adres, np. skrzynkę alertów.',
      'Bombardowanie pocztą: zalew wiadomości, często potwierdzeń rejestracji, skierowany na jedną skrzynkę.',
      'Pętla między tą skrzynką a innym systemem.',
    ],
    steps: [
      'Sprawdź, kto wysyła do tej skrzynki: `Get-MessageTraceV2 -RecipientAddress <address>`.',
      'Rozłóż automatyczną pocztę na kilka skrzynek albo ogranicz jej ilość u źródła.',
      'Przy zalewie z zewnątrz zablokuj źródła (na liście Tenant Allow/Block List lub regułą przepływu poczty); pozostali nadawcy mogą ponowić próbę później.',
    ],
  },
  'X.3.190': {
    title: 'Rejestrowanie lokalnej poczty w dzienniku (journaling) w Microsoft 365 nie jest obsługiwane',
    meaning:
      'Lokalna reguła dziennika wysyła raporty dziennika do skrzynki w Exchange Online, ale w dzierżawie wyłączona jest funkcja Journaling Archive, więc Microsoft 365 je odrzuca.',
    causes: [
      'Reguła dziennika w programie Exchange Server wskazuje jako skrzynkę pocztową dziennika skrzynkę w Exchange Online.',
      'Skrzynkę pocztową dziennika przeniesiono do Exchange Online, a reguły nie zmieniono.',
    ],
    steps: [
      'Znajdź regułę w programie Exchange Server: `Get-JournalRule | Format-List Name,Recipient,JournalEmailAddress,Enabled`.',
      'Skieruj regułę do skrzynki lokalnej albo do zewnętrznego archiwum, które przyjmuje raporty dziennika.',
      'Jeśli dziennik musi być przechowywany w Exchange Online, sprawdź `Get-TransportConfig | Format-List JournalArchivingEnabled` i zapytaj pomoc techniczną Microsoft o funkcję Journaling Archive w Twojej dzierżawie.',
    ],
  },
  'X.6.11': {
    title: 'Samotne znaki LF w wiadomości',
    meaning:
      'Serwer odbierający odrzucił wiadomość, bo zawiera ona samotne znaki końca wiersza (LF bez poprzedzającego CR), a serwer nie obsługuje polecenia BDAT (przesyłania SMTP we fragmentach, tzw. chunking), którego takie wiadomości wymagają. Exchange Online nie usuwa już samotnych znaków LF, bo naruszałoby to podpisy DKIM.',
    causes: [
      'Program lub skrypt tworzący wiadomość kończy wiersze samym znakiem LF, często w załączniku lub w generowanej treści.',
      'Serwer poczty odbiorcy jest stary albo ustawiony tak, by odrzucać samotne znaki LF, i nie oferuje BDAT.',
    ],
    steps: [
      'Aby potwierdzić przyczynę, wyślij tę samą wiadomość z innego klienta, np. z Outlooka w sieci Web, albo bez załącznika.',
      'Popraw program tworzący wiadomość tak, by każdy wiersz kończył się parą CRLF.',
      'Poproś administratora odbiorcy o obsługę BDAT lub przyjmowanie samotnych znaków LF (w programie Exchange Server: `Set-ReceiveConnector -BareLinefeedRejectionEnabled $false`).',
    ],
  },
  'X.7.57': {
    title: 'Klient nie uwierzytelnił się przed wysłaniem poczty przez SMTP',
    meaning:
      'Urządzenie lub aplikacja połączyła się z serwerem smtp.office365.com, żeby wysłać pocztę, ale wydała polecenie MAIL FROM bez wcześniejszego zalogowania. Ten punkt końcowy przesyłania poczty przyjmuje pocztę tylko od uwierzytelnionych klientów, a uwierzytelnienie wymaga najpierw TLS.',
    causes: [
      'Urządzenie lub aplikacja jest skonfigurowana do anonimowego przekazywania, bez nazwy użytkownika i hasła (i bez OAuth).',
      'Nie potrafi wynegocjować TLS (STARTTLS na porcie 587), więc nie dochodzi do uwierzytelnienia.',
      'Używa błędnych poświadczeń albo skrzynki bez licencji Exchange Online i kontynuuje bez zalogowania.',
    ],
    steps: [
      'Sprawdź ustawienia klienta: serwer smtp.office365.com, port 587, STARTTLS, uwierzytelnianie kontem licencjonowanej skrzynki.',
      'Upewnij się, że dla tej skrzynki dozwolone jest SMTP AUTH (`Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false`), i zaplanuj przejście na OAuth, bo uwierzytelnianie podstawowe w SMTP AUTH jest wycofywane.',
      'Jeśli urządzenie nie potrafi się uwierzytelnić, użyj zamiast tego bezpośredniego wysyłania (direct send) albo przekazywania SMTP przez łącznik przychodzący.',
    ],
  },
  'X.7.64': {
    title: 'Poczta ze środowiska lokalnego nieprzypisana do Twojej dzierżawy',
    meaning:
      'Microsoft 365 odebrał pocztę, która powinna pochodzić z Twoich serwerów lokalnych, ale nie zdołał dopasować jej do łącznika przychodzącego Twojej organizacji ani po adresie IP źródła, ani po certyfikacie. Jako poczta anonimowa nie może zostać przekazana do odbiorców zewnętrznych, więc zostaje odrzucona.',
    causes: [
      'Zmienił się publiczny adres IP, z którego wychodzi poczta lokalna (nowy dostawca, zmiana NAT lub zapory sieciowej), a łącznik wciąż zawiera stary.',
      'Certyfikat na lokalnym łączniku wysyłającym odnowiono z innymi nazwami, więc nie pasuje już do `TlsSenderCertificateName` w łączniku przychodzącym.',
      'Łącznik przychodzący wyłączono, usunięto lub zastąpiono innym, np. przy kolejnym uruchomieniu Kreatora konfiguracji hybrydowej.',
    ],
    steps: [
      'Ustal adres IP, którego serwer faktycznie używa w połączeniach z Microsoft 365 (widać go w raporcie NDR lub w dzienniku wysyłania serwera lokalnego).',
      'Porównaj go z łącznikiem: `Get-InboundConnector | Format-List Name,Enabled,ConnectorType,SenderIPAddresses,TlsSenderCertificateName`.',
      'Popraw adresy IP lub nazwę certyfikatu poleceniem `Set-InboundConnector` albo uruchom jeszcze raz Kreatora konfiguracji hybrydowej.',
      'Wyślij wiadomość testową na adres zewnętrzny i potwierdź, że przekazywanie znów działa.',
    ],
  },
  'X.7.124': {
    title: 'Nadawcy nie ma na liście dozwolonych nadawców grupy',
    meaning:
      'Odbiorcą jest grupa dystrybucyjna, która przyjmuje pocztę tylko od nadawców ze swojej listy, a tego nadawcy na niej nie ma. Gdy to ograniczenie jest włączone, na liście muszą być nawet właściciele grupy.',
    causes: [
      'Zarządzanie dostarczaniem w grupie dopuszcza tylko wybranych nadawców, a tego nikt nie dodał.',
      'Nadawca pisze z innego adresu (aliasu lub konta prywatnego) niż ten, który jest na liście.',
    ],
    steps: [
      'Sprawdź, kto może wysyłać: `Get-DistributionGroup -Identity <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers`.',
      'Jeśli nadawca powinien mieć dostęp, właściciel grupy lub administrator dodaje go: `Set-DistributionGroup -Identity <group> -AcceptMessagesOnlyFromSendersOrMembers @{Add="<sender>"}`.',
      'W przeciwnym razie nadawca pisze do konkretnej osoby w organizacji zamiast do grupy.',
    ],
  },
  'X.7.133': {
    title: 'Grupa przyjmuje pocztę tylko od nadawców wewnętrznych',
    meaning:
      'Odbiorcą jest grupa, która przyjmuje pocztę tylko od uwierzytelnionych nadawców, czyli z własnej organizacji. Wiadomość z zewnątrz albo taka, która dotarła jako anonimowa, zostaje odrzucona.',
    causes: [
      'Grupa ma ustawienie `RequireSenderAuthenticationEnabled` równe `$true` (domyślne dla nowych grup), a nadawca jest zewnętrzny.',
      'We wdrożeniu hybrydowym poczta od użytkowników lokalnych trafia do Exchange Online jako anonimowa, bo nie przeszła przez hybrydowy łącznik przychodzący.',
    ],
    steps: [
      'Jeśli nadawcy z zewnątrz mają docierać do grupy, administrator odbiorcy na to zezwala: `Set-DistributionGroup -Identity <group> -RequireSenderAuthenticationEnabled $false` (dla grupy Microsoft 365: `Set-UnifiedGroup`).',
      'Przy nadawcy lokalnym we wdrożeniu hybrydowym sprawdź, czy poczta przychodzi przez łącznik przychodzący (zob. 5.7.64).',
      'W przeciwnym razie nadawca pisze bezpośrednio do członka grupy.',
    ],
  },
  'X.7.134': {
    title: 'Skrzynka przyjmuje pocztę tylko od nadawców wewnętrznych',
    meaning:
      'Skrzynka odbiorcy przyjmuje pocztę tylko od uwierzytelnionych nadawców z własnej organizacji, więc wiadomość z zewnątrz zostaje odrzucona.',
    causes: [
      'Skrzynka ma ustawienie `RequireSenderAuthenticationEnabled` równe `$true`, często celowo, jeśli służy tylko do użytku wewnętrznego.',
      'We wdrożeniu hybrydowym poczta ze środowiska lokalnego dotarła jako anonimowa.',
    ],
    steps: [
      'Administrator odbiorcy decyduje, czy poczta z zewnątrz ma być przyjmowana; jeśli tak: `Set-Mailbox -Identity <mailbox> -RequireSenderAuthenticationEnabled $false`.',
      'Przy nadawcy lokalnym sprawdź, jak poczta hybrydowa jest przypisywana do organizacji (zob. 5.7.64).',
    ],
  },
  'X.7.135': {
    title: 'Folder publiczny przyjmuje pocztę tylko od nadawców wewnętrznych',
    meaning:
      'Odbiorcą jest folder publiczny obsługujący pocztę, który przyjmuje wiadomości tylko od uwierzytelnionych nadawców, więc poczta spoza organizacji zostaje odrzucona. Ta sama sytuacja może też dać kod 5.7.13.',
    causes: [
      'Folder publiczny ma ustawienie `RequireSenderAuthenticationEnabled` równe `$true`.',
      'Nadawca jest zewnętrzny albo poczta dotarła jako anonimowa.',
    ],
    steps: [
      'Jeśli poczta z zewnątrz ma trafiać do folderu: `Set-MailPublicFolder -Identity <folder> -RequireSenderAuthenticationEnabled $false`.',
      'Sprawdź też, czy własne ograniczenia dostarczania folderu (dozwoleni nadawcy) nie blokują tego nadawcy.',
    ],
  },
  'X.7.136': {
    title: 'Użytkownik poczty przyjmuje pocztę tylko od nadawców wewnętrznych',
    meaning:
      'Odbiorcą jest użytkownik poczty (osoba w organizacji, której skrzynka znajduje się gdzie indziej), który przyjmuje pocztę tylko od uwierzytelnionych nadawców, więc poczta z zewnątrz zostaje odrzucona.',
    causes: [
      'Użytkownik poczty ma ustawienie `RequireSenderAuthenticationEnabled` równe `$true`.',
      'Nadawca jest zewnętrzny albo poczta dotarła jako anonimowa.',
    ],
    steps: [
      'Jeśli poczta z zewnątrz ma docierać: `Set-MailUser -Identity <user> -RequireSenderAuthenticationEnabled $false`.',
      'W przeciwnym razie nadawca pisze bezpośrednio na zewnętrzny adres tej osoby.',
    ],
  },
  'X.7.501-513': {
    title: 'Odmowa dostępu: zablokowany nadawca, adres IP lub odbiorca',
    meaning:
      'Rodzina odrzuceń przez filtry Microsoft 365; o który przypadek chodzi, mówi tekst po kodzie. 5.7.501–5.7.503: konto nadawcy zablokowano za spam; 5.7.504 i 5.7.505: nieprawidłowy lub zablokowany odbiorca; 5.7.506: nieprawidłowe przywitanie HELO; 5.7.507: adres IP zablokowany przez odbiorcę; 5.7.508: zakres IPv6, który przekroczył limity; 5.7.511: zablokowany adres IP nadawcy. Kody 5.7.509, 5.7.510, 5.7.512 i 5.7.513 mają osobne strony.',
    causes: [
      'Przejęte konto w Twojej dzierżawie rozsyłało spam i zostało zablokowane (5.7.501–5.7.503).',
      'Serwer wysyłający przedstawia się w HELO nazwą serwera, z którym się łączy, tak jak robią to boty spamowe (5.7.506).',
      'Adres IP nadawcy jest na liście blokowanych adresów Microsoftu (5.7.511) albo zablokował go odbiorca (5.7.507).',
    ],
    steps: [
      'Odczytaj dokładny kod i tekst w raporcie NDR: od nich zależy rozwiązanie.',
      'Zablokowane konto zabezpiecz (zresetuj hasło, zakończ sesje, usuń nieznane reguły i przekazywanie), a potem poproś pomoc techniczną Microsoft o przywrócenie wysyłania.',
      'Przy 5.7.511 poproś o usunięcie adresu IP z listy tak, jak opisuje raport NDR; przy 5.7.506 ustaw w HELO pełną nazwę domenową własnego serwera.',
      'Przy zablokowanym odbiorcy lub adresie IP (5.7.504, 5.7.505, 5.7.507) sprawdź adres albo skontaktuj się z odbiorcą.',
    ],
  },
  'X.7.509': {
    title: 'Domena nadawcy nie przechodzi DMARC (zasada reject)',
    meaning:
      'Strona odbierająca (Microsoft 365 lub Outlook.com) sprawdziła domenę z adresu From wiadomości względem jej rekordu DMARC: ani SPF, ani DKIM nie dały wyniku pozytywnego zgodnego z tą domeną, a zasada domeny to reject, więc wiadomość odrzucono.',
    causes: [
      'Usługa wysyłająca w imieniu domeny (narzędzie do newsletterów, CRM, system zgłoszeń) nie figuruje w rekordzie SPF i nie podpisuje poczty DKIM w imieniu domeny.',
      'Podpisywanie DKIM nie jest włączone dla domeny albo jego rekordy DNS są błędne.',
      'Wiadomość przekazano dalej lub zmieniono po drodze, co zepsuło wynik SPF i podpis DKIM.',
    ],
    steps: [
      'Odczytaj nagłówek `Authentication-Results` oryginalnej wiadomości dołączonej do raportu NDR: pokazuje wyniki `spf=`, `dkim=` i `dmarc=`.',
      'Dodaj każdą prawowitą usługę wysyłającą do SPF albo, lepiej, niech podpisuje pocztę kluczem DKIM Twojej domeny.',
      'Śledź raporty zbiorcze DMARC domeny przed poprawką i po niej; złagodzenie zasady traktuj tylko jako rozwiązanie doraźne.',
    ],
  },
  'X.7.510': {
    title: 'Domena odbiorcy nie przyjmuje poczty przez IPv6',
    meaning:
      'Serwer wysyłający dostarczał pocztę do Microsoft 365 przez IPv6, ale domena odbiorcy nie ma w Exchange Online włączonej obsługi przychodzącego IPv6, więc wiadomość zostaje odrzucona na tym połączeniu.',
    causes: [
      'Serwer wysyłający połączył się z Microsoft 365 przez IPv6, jak wiele serwerów, które wybierają IPv6, gdy tylko mogą.',
      'Dzierżawa odbiorcy nie włączyła IPv6 dla zaakceptowanej domeny (bez tego obsługa jest wyłączona).',
    ],
    steps: [
      'Nadawca może dostarczać pocztę do tej domeny przez IPv4 (większość serwerów poczty pozwala preferować IPv4 dla wybranego celu).',
      'Jeśli to Twoja domena, sprawdź stan poleceniem `Get-IPv6StatusForAcceptedDomain -Domain <domain>` i włącz IPv6 poleceniem `Enable-IPv6ForAcceptedDomain -Domain <domain>`; nowy stan może być widoczny dopiero po godzinie.',
      'Od tej pory nadawcy łączący się przez IPv6 muszą przejść SPF lub DKIM (4.7.26) i mieć rekord odwrotnego DNS (5.7.25).',
    ],
  },
  'X.7.512': {
    title: 'Nagłówek From niezgodny z RFC 5322',
    meaning:
      'Microsoft 365 odrzucił wiadomość, bo jej nagłówek From nie zawiera prawidłowego adresu e-mail albo jest zapisany w formie, na którą standard nie pozwala (RFC 5322, sekcja 3.6.2).',
    causes: [
      'Aplikacja, skrypt lub urządzenie zapisuje w nagłówku From samą nazwę wyświetlaną albo adres o błędnej składni.',
      'Nagłówka From brakuje, jest pusty albo występuje dwukrotnie.',
    ],
    steps: [
      'Obejrzyj nagłówek From odrzuconej wiadomości u źródła (w dzienniku aplikacji lub w jej kopii wysłanej).',
      'Popraw aplikację tak, by zapisywała pełny adres, na przykład `From: Contoso Alerts <alerts@contoso.com>`.',
      'Wyślij wiadomość testową i sprawdź w śledzeniu wiadomości, że została przyjęta.',
    ],
  },
  'X.7.513': {
    title: 'Organizacja odbiorcy zablokowała adres IP nadawcy',
    meaning:
      'Organizacja odbiorcy, będąca dzierżawą Microsoft 365, wpisała adres IP nadawcy na własną listę blokowanych (w tekście: Customer Block list), więc Microsoft 365 odrzuca z niego pocztę do tej domeny. Listy blokowanych prowadzone przez Microsoft nie mają tu znaczenia.',
    causes: [
      'Administrator odbiorcy dodał adres IP do listy blokowanych adresów IP w zasadach filtrowania połączeń, po incydencie ze spamem albo przez pomyłkę.',
      'Adres IP jest współdzielony (hosting, usługa w chmurze) i został zablokowany z powodu innego nadawcy.',
    ],
    steps: [
      'Nadawca kontaktuje się z odbiorcą inną drogą i przekazuje adres IP oraz pełny tekst raportu NDR.',
      'Administrator odbiorcy znajduje wpis (`Get-HostedConnectionFilterPolicy | Format-List IPBlockList`) i usuwa go: `Set-HostedConnectionFilterPolicy -Identity Default -IPBlockList @{Remove="<IP>"}`.',
      'Wyślij wiadomość ponownie, gdy zmiana zacznie obowiązywać.',
    ],
  },
  'X.7.515': {
    title: 'Domena nadawcy nie spełnia wymaganego poziomu uwierzytelniania',
    meaning:
      'Outlook.com (usługa dla użytkowników indywidualnych, obsługująca adresy outlook.com, hotmail.com i live.com) odrzucił wiadomość, bo domena nadawcy nie uwierzytelnia się tak, jak usługa wymaga od nadawców wysyłających dużo poczty: SPF i DKIM muszą dać wynik pozytywny, a domena musi mieć rekord DMARC zgodny z co najmniej jednym z nich.',
    causes: [
      'Domena wysyła na adresy Outlook.com ponad około 5000 wiadomości dziennie i nie ma SPF, DKIM lub DMARC.',
      'DKIM skonfigurowano dla głównego systemu poczty, ale nie dla usługi masowej wysyłki, która wysyła w imieniu domeny.',
      'Brakuje rekordu DMARC albo SPF i DKIM przechodzą tylko dla innej domeny (brak zgodności).',
    ],
    steps: [
      'Sprawdź, co domena publikuje: `Resolve-DnsName -Type TXT <domain>` (SPF) oraz `Resolve-DnsName -Type TXT _dmarc.<domain>`.',
      'Włącz DKIM w każdej usłudze wysyłającej w imieniu domeny; w Microsoft 365 zob. `Get-DkimSigningConfig`.',
      'Opublikuj rekord DMARC (co najmniej `p=none`) i wyślij wiadomość ponownie, gdy SPF, DKIM i DMARC dają wynik pozytywny.',
    ],
  },
  'X.7.606-649': {
    title: 'Adres IP nadawcy zablokowany',
    meaning:
      'Microsoft 365 odrzuca pocztę z łączącego się adresu IP, bo adres ten jest na liście zablokowanych nadawców, zwykle po tym, jak wychodził z niego spam lub inny szkodliwy ruch. Opis dotyczy całego zakresu od 5.7.606 do 5.7.649.',
    causes: [
      'Przejęte konto, otwarty przekaźnik lub złośliwe oprogramowanie na serwerze wysyłającym rozsyłało spam z tego adresu.',
      'Adres IP jest współdzielony z nadawcą spamu albo niedawno był przez niego używany.',
      'Masowe wysyłki prowadzone bez dobrych praktyk zniszczyły reputację adresu IP.',
    ],
    steps: [
      'Najpierw znajdź i zatrzymaj źródło złego ruchu (przejęte konta, otwarty przekaźnik, zainfekowane hosty).',
      'Poproś o usunięcie adresu IP z listy w portalu Microsoftu do usuwania adresów z listy blokowanych (sender.office.com), podając adres IP i pełny tekst raportu NDR.',
      'Po usunięciu z listy odczekaj do 24 godzin, aż zmiana obejmie całą usługę, i wyślij wiadomość ponownie.',
    ],
  },
  'X.7.703': {
    title: 'Odbiorca zablokowany na liście dozwolonych i zablokowanych Twojej dzierżawy',
    meaning:
      'Ktoś z Twojej organizacji wysłał wiadomość na adres lub do domeny, które mają wpis blokujący na własnej liście dozwolonych i zablokowanych Twojej dzierżawy (Tenant Allow/Block List). Wpisy blokujące zatrzymują także pocztę wychodzącą, a cała wiadomość zostaje odrzucona dla wszystkich odbiorców, nawet jeśli zablokowany jest tylko jeden z nich.',
    causes: [
      'Wpis blokujący nadawcę lub domenę, dodany przeciw przychodzącemu spamowi, obejmuje też odpowiedzi i nowe wiadomości kierowane do nich.',
      'Wpis jest szerszy, niż zamierzano (cała domena zamiast jednego adresu).',
    ],
    steps: [
      'Wyświetl wpisy blokujące: `Get-TenantAllowBlockListItems -ListType Sender -Block`.',
      'Jeśli odbiorca jest prawidłowy, usuń lub zawęź wpis (`Remove-TenantAllowBlockListItems`); aby blokować tylko pocztę przychodzącą, użyj zamiast tego listy zablokowanych nadawców w zasadach ochrony przed spamem.',
      'Poproś użytkownika o ponowne wysłanie wiadomości, ewentualnie bez zablokowanego odbiorcy.',
    ],
  },
  'X.7.705': {
    title: 'Dzierżawa przekroczyła próg spamu wychodzącego',
    meaning:
      'Microsoft 365 zablokował pocztę wychodzącą całej Twojej dzierżawy (tenant), bo wysłano z niej za dużo spamu lub poczty masowej. Blokada trwa, dopóki nie znajdziesz i nie usuniesz przyczyny i dopóki nie zdejmie jej pomoc techniczna Microsoft.',
    causes: [
      'Przejęte konta użytkowników lub administratorów rozsyłają spam, czasem przez łączniki przychodzące utworzone przez atakującego.',
      'Przejęty serwer lokalny przekazuje spam przez łącznik.',
      'Rzadko: subskrypcję odnowiono już po jej wygaśnięciu, a usługa jeszcze nie nadrobiła zmian (zwykle trwa to do doby).',
    ],
    steps: [
      'Znajdź źródło za pomocą raportów poczty wychodzącej w portalu Microsoft Defender (najaktywniejsi nadawcy, stan przepływu poczty) i śledzenia wiadomości.',
      'Zatrzymaj je: zabezpiecz przejęte konta, usuń nieznane łączniki (`Get-InboundConnector`), oczyść serwer lokalny.',
      'Następnie zgłoś sprawę pomocy technicznej Microsoft, opisując przyczynę i wprowadzone zmiany.',
    ],
  },
  'X.7.708': {
    title: 'Ruch z tego adresu IP nie jest przyjmowany',
    meaning:
      'Microsoft 365 odrzucił pocztę wychodzącą z Twojej dzierżawy, bo wychodziłaby ona z puli adresów IP o niskiej reputacji, używanej dla nowych klientów. Dotyczy to zwykle dzierżaw próbnych i takich, które dopiero zaczęły wysyłać pocztę.',
    causes: [
      'Dzierżawa jest w wersji próbnej albo nie ma jeszcze płatnych licencji.',
      'Nowa dzierżawa od razu wysyła dużą ilość poczty.',
    ],
    steps: [
      'Jeśli dzierżawa jest jeszcze próbna, kup i przypisz licencje.',
      'Do tego czasu poproś pomoc techniczną Microsoft o wyjątek dla tego adresu IP.',
      'Zaczynaj od zwykłych ilości poczty ze zweryfikowanej domeny niestandardowej, a nie z domeny onmicrosoft.com.',
    ],
  },
  'X.7.750': {
    title: 'Zablokowano wysyłanie z niezarejestrowanych domen',
    meaning:
      'Microsoft 365 zablokował wysyłanie z Twojej dzierżawy, bo wychodzi z niej podejrzanie dużo wiadomości z domen, które nie zostały dodane i zweryfikowane jako zaakceptowane domeny. Niewielka ilość takiej poczty jest tolerowana, duża jest traktowana jako nadużycie.',
    causes: [
      'Serwer lokalny lub aplikacja przekazuje przez Microsoft 365 pocztę z domen, których nigdy nie dodano do dzierżawy.',
      'Atakujący utworzył w dzierżawie łącznik przychodzący i przekazuje przez niego spam ze zmyślonymi domenami nadawców.',
    ],
    steps: [
      'Wyświetl zaakceptowane domeny (`Get-AcceptedDomain`), a potem dodaj i zweryfikuj każdą domenę, z której wysyłasz.',
      'Możesz też sprawić, by łącznik przychodzący rozpoznawał serwer przekazujący po certyfikacie, którego domena jest zaakceptowaną domeną.',
      'Poszukaj nieznanych łączników (`Get-InboundConnector`) i przejętych kont: łączniki usuń, konta zabezpiecz.',
    ],
  },
} satisfies CodeTextsPart;
